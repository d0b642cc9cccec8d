/** `source` (a script) with every character beyond ASCII written as an escape that means the same; throws where none can (see ascii-bundles.mjs). `name` names the script in the error. */
export function asciiSource(source: string, name?: string): string;
