var __require0=require;require=function(m){return m==='child_process'||m==='node:child_process'?__require0('./no-child-process.cjs'):__require0(m)};
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res) => function __init() {
  return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
};
var __commonJS = (cb, mod) => function __require() {
  return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/commander/lib/error.js
var require_error = __commonJS({
  "node_modules/commander/lib/error.js"(exports2) {
    "use strict";
    var CommanderError2 = class extends Error {
      /**
       * Constructs the CommanderError class
       * @param {number} exitCode suggested exit code which could be used with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       */
      constructor(exitCode, code, message) {
        super(message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
        this.code = code;
        this.exitCode = exitCode;
        this.nestedError = void 0;
      }
    };
    var InvalidArgumentError2 = class extends CommanderError2 {
      /**
       * Constructs the InvalidArgumentError class
       * @param {string} [message] explanation of why argument is invalid
       */
      constructor(message) {
        super(1, "commander.invalidArgument", message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
      }
    };
    exports2.CommanderError = CommanderError2;
    exports2.InvalidArgumentError = InvalidArgumentError2;
  }
});

// node_modules/commander/lib/argument.js
var require_argument = __commonJS({
  "node_modules/commander/lib/argument.js"(exports2) {
    "use strict";
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Argument2 = class {
      /**
       * Initialize a new command argument with the given name and description.
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @param {string} name
       * @param {string} [description]
       */
      constructor(name, description) {
        this.description = description || "";
        this.variadic = false;
        this.parseArg = void 0;
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.argChoices = void 0;
        switch (name[0]) {
          case "<":
            this.required = true;
            this._name = name.slice(1, -1);
            break;
          case "[":
            this.required = false;
            this._name = name.slice(1, -1);
            break;
          default:
            this.required = true;
            this._name = name;
            break;
        }
        if (this._name.endsWith("...")) {
          this.variadic = true;
          this._name = this._name.slice(0, -3);
        }
      }
      /**
       * Return argument name.
       *
       * @return {string}
       */
      name() {
        return this._name;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Argument}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Set the custom handler for processing CLI command arguments into argument values.
       *
       * @param {Function} [fn]
       * @return {Argument}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Only allow argument value to be one of choices.
       *
       * @param {string[]} values
       * @return {Argument}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Make argument required.
       *
       * @returns {Argument}
       */
      argRequired() {
        this.required = true;
        return this;
      }
      /**
       * Make argument optional.
       *
       * @returns {Argument}
       */
      argOptional() {
        this.required = false;
        return this;
      }
    };
    function humanReadableArgName(arg) {
      const nameOutput = arg.name() + (arg.variadic === true ? "..." : "");
      return arg.required ? "<" + nameOutput + ">" : "[" + nameOutput + "]";
    }
    exports2.Argument = Argument2;
    exports2.humanReadableArgName = humanReadableArgName;
  }
});

// node_modules/commander/lib/help.js
var require_help = __commonJS({
  "node_modules/commander/lib/help.js"(exports2) {
    "use strict";
    var { humanReadableArgName } = require_argument();
    var Help2 = class {
      constructor() {
        this.helpWidth = void 0;
        this.minWidthToWrap = 40;
        this.sortSubcommands = false;
        this.sortOptions = false;
        this.showGlobalOptions = false;
      }
      /**
       * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
       * and just before calling `formatHelp()`.
       *
       * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
       *
       * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
       */
      prepareContext(contextOptions) {
        this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
      }
      /**
       * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
       *
       * @param {Command} cmd
       * @returns {Command[]}
       */
      visibleCommands(cmd) {
        const visibleCommands = cmd.commands.filter((cmd2) => !cmd2._hidden);
        const helpCommand = cmd._getHelpCommand();
        if (helpCommand && !helpCommand._hidden) {
          visibleCommands.push(helpCommand);
        }
        if (this.sortSubcommands) {
          visibleCommands.sort((a, b) => {
            return a.name().localeCompare(b.name());
          });
        }
        return visibleCommands;
      }
      /**
       * Compare options for sort.
       *
       * @param {Option} a
       * @param {Option} b
       * @returns {number}
       */
      compareOptions(a, b) {
        const getSortKey = (option) => {
          return option.short ? option.short.replace(/^-/, "") : option.long.replace(/^--/, "");
        };
        return getSortKey(a).localeCompare(getSortKey(b));
      }
      /**
       * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleOptions(cmd) {
        const visibleOptions = cmd.options.filter((option) => !option.hidden);
        const helpOption = cmd._getHelpOption();
        if (helpOption && !helpOption.hidden) {
          const removeShort = helpOption.short && cmd._findOption(helpOption.short);
          const removeLong = helpOption.long && cmd._findOption(helpOption.long);
          if (!removeShort && !removeLong) {
            visibleOptions.push(helpOption);
          } else if (helpOption.long && !removeLong) {
            visibleOptions.push(
              cmd.createOption(helpOption.long, helpOption.description)
            );
          } else if (helpOption.short && !removeShort) {
            visibleOptions.push(
              cmd.createOption(helpOption.short, helpOption.description)
            );
          }
        }
        if (this.sortOptions) {
          visibleOptions.sort(this.compareOptions);
        }
        return visibleOptions;
      }
      /**
       * Get an array of the visible global options. (Not including help.)
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleGlobalOptions(cmd) {
        if (!this.showGlobalOptions) return [];
        const globalOptions = [];
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          const visibleOptions = ancestorCmd.options.filter(
            (option) => !option.hidden
          );
          globalOptions.push(...visibleOptions);
        }
        if (this.sortOptions) {
          globalOptions.sort(this.compareOptions);
        }
        return globalOptions;
      }
      /**
       * Get an array of the arguments if any have a description.
       *
       * @param {Command} cmd
       * @returns {Argument[]}
       */
      visibleArguments(cmd) {
        if (cmd._argsDescription) {
          cmd.registeredArguments.forEach((argument) => {
            argument.description = argument.description || cmd._argsDescription[argument.name()] || "";
          });
        }
        if (cmd.registeredArguments.find((argument) => argument.description)) {
          return cmd.registeredArguments;
        }
        return [];
      }
      /**
       * Get the command term to show in the list of subcommands.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandTerm(cmd) {
        const args = cmd.registeredArguments.map((arg) => humanReadableArgName(arg)).join(" ");
        return cmd._name + (cmd._aliases[0] ? "|" + cmd._aliases[0] : "") + (cmd.options.length ? " [options]" : "") + // simplistic check for non-help option
        (args ? " " + args : "");
      }
      /**
       * Get the option term to show in the list of options.
       *
       * @param {Option} option
       * @returns {string}
       */
      optionTerm(option) {
        return option.flags;
      }
      /**
       * Get the argument term to show in the list of arguments.
       *
       * @param {Argument} argument
       * @returns {string}
       */
      argumentTerm(argument) {
        return argument.name();
      }
      /**
       * Get the longest command term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestSubcommandTermLength(cmd, helper) {
        return helper.visibleCommands(cmd).reduce((max, command) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleSubcommandTerm(helper.subcommandTerm(command))
            )
          );
        }, 0);
      }
      /**
       * Get the longest option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestOptionTermLength(cmd, helper) {
        return helper.visibleOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest global option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestGlobalOptionTermLength(cmd, helper) {
        return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest argument term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestArgumentTermLength(cmd, helper) {
        return helper.visibleArguments(cmd).reduce((max, argument) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleArgumentTerm(helper.argumentTerm(argument))
            )
          );
        }, 0);
      }
      /**
       * Get the command usage to be displayed at the top of the built-in help.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandUsage(cmd) {
        let cmdName = cmd._name;
        if (cmd._aliases[0]) {
          cmdName = cmdName + "|" + cmd._aliases[0];
        }
        let ancestorCmdNames = "";
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          ancestorCmdNames = ancestorCmd.name() + " " + ancestorCmdNames;
        }
        return ancestorCmdNames + cmdName + " " + cmd.usage();
      }
      /**
       * Get the description for the command.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandDescription(cmd) {
        return cmd.description();
      }
      /**
       * Get the subcommand summary to show in the list of subcommands.
       * (Fallback to description for backwards compatibility.)
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandDescription(cmd) {
        return cmd.summary() || cmd.description();
      }
      /**
       * Get the option description to show in the list of options.
       *
       * @param {Option} option
       * @return {string}
       */
      optionDescription(option) {
        const extraInfo = [];
        if (option.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (option.defaultValue !== void 0) {
          const showDefault = option.required || option.optional || option.isBoolean() && typeof option.defaultValue === "boolean";
          if (showDefault) {
            extraInfo.push(
              `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`
            );
          }
        }
        if (option.presetArg !== void 0 && option.optional) {
          extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
        }
        if (option.envVar !== void 0) {
          extraInfo.push(`env: ${option.envVar}`);
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (option.description) {
            return `${option.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return option.description;
      }
      /**
       * Get the argument description to show in the list of arguments.
       *
       * @param {Argument} argument
       * @return {string}
       */
      argumentDescription(argument) {
        const extraInfo = [];
        if (argument.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (argument.defaultValue !== void 0) {
          extraInfo.push(
            `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`
          );
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (argument.description) {
            return `${argument.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return argument.description;
      }
      /**
       * Format a list of items, given a heading and an array of formatted items.
       *
       * @param {string} heading
       * @param {string[]} items
       * @param {Help} helper
       * @returns string[]
       */
      formatItemList(heading, items, helper) {
        if (items.length === 0) return [];
        return [helper.styleTitle(heading), ...items, ""];
      }
      /**
       * Group items by their help group heading.
       *
       * @param {Command[] | Option[]} unsortedItems
       * @param {Command[] | Option[]} visibleItems
       * @param {Function} getGroup
       * @returns {Map<string, Command[] | Option[]>}
       */
      groupItems(unsortedItems, visibleItems, getGroup) {
        const result = /* @__PURE__ */ new Map();
        unsortedItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) result.set(group, []);
        });
        visibleItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) {
            result.set(group, []);
          }
          result.get(group).push(item);
        });
        return result;
      }
      /**
       * Generate the built-in help text.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {string}
       */
      formatHelp(cmd, helper) {
        const termWidth = helper.padWidth(cmd, helper);
        const helpWidth = helper.helpWidth ?? 80;
        function callFormatItem(term, description) {
          return helper.formatItem(term, termWidth, description, helper);
        }
        let output = [
          `${helper.styleTitle("Usage:")} ${helper.styleUsage(helper.commandUsage(cmd))}`,
          ""
        ];
        const commandDescription = helper.commandDescription(cmd);
        if (commandDescription.length > 0) {
          output = output.concat([
            helper.boxWrap(
              helper.styleCommandDescription(commandDescription),
              helpWidth
            ),
            ""
          ]);
        }
        const argumentList = helper.visibleArguments(cmd).map((argument) => {
          return callFormatItem(
            helper.styleArgumentTerm(helper.argumentTerm(argument)),
            helper.styleArgumentDescription(helper.argumentDescription(argument))
          );
        });
        output = output.concat(
          this.formatItemList("Arguments:", argumentList, helper)
        );
        const optionGroups = this.groupItems(
          cmd.options,
          helper.visibleOptions(cmd),
          (option) => option.helpGroupHeading ?? "Options:"
        );
        optionGroups.forEach((options, group) => {
          const optionList = options.map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(this.formatItemList(group, optionList, helper));
        });
        if (helper.showGlobalOptions) {
          const globalOptionList = helper.visibleGlobalOptions(cmd).map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(
            this.formatItemList("Global Options:", globalOptionList, helper)
          );
        }
        const commandGroups = this.groupItems(
          cmd.commands,
          helper.visibleCommands(cmd),
          (sub) => sub.helpGroup() || "Commands:"
        );
        commandGroups.forEach((commands, group) => {
          const commandList = commands.map((sub) => {
            return callFormatItem(
              helper.styleSubcommandTerm(helper.subcommandTerm(sub)),
              helper.styleSubcommandDescription(helper.subcommandDescription(sub))
            );
          });
          output = output.concat(this.formatItemList(group, commandList, helper));
        });
        return output.join("\n");
      }
      /**
       * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
       *
       * @param {string} str
       * @returns {number}
       */
      displayWidth(str) {
        return stripColor(str).length;
      }
      /**
       * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
       *
       * @param {string} str
       * @returns {string}
       */
      styleTitle(str) {
        return str;
      }
      styleUsage(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word === "[command]") return this.styleSubcommandText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleCommandText(word);
        }).join(" ");
      }
      styleCommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleOptionDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleSubcommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleArgumentDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleDescriptionText(str) {
        return str;
      }
      styleOptionTerm(str) {
        return this.styleOptionText(str);
      }
      styleSubcommandTerm(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleSubcommandText(word);
        }).join(" ");
      }
      styleArgumentTerm(str) {
        return this.styleArgumentText(str);
      }
      styleOptionText(str) {
        return str;
      }
      styleArgumentText(str) {
        return str;
      }
      styleSubcommandText(str) {
        return str;
      }
      styleCommandText(str) {
        return str;
      }
      /**
       * Calculate the pad width from the maximum term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      padWidth(cmd, helper) {
        return Math.max(
          helper.longestOptionTermLength(cmd, helper),
          helper.longestGlobalOptionTermLength(cmd, helper),
          helper.longestSubcommandTermLength(cmd, helper),
          helper.longestArgumentTermLength(cmd, helper)
        );
      }
      /**
       * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
       *
       * @param {string} str
       * @returns {boolean}
       */
      preformatted(str) {
        return /\n[^\S\r\n]/.test(str);
      }
      /**
       * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
       *
       * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
       *   TTT  DDD DDDD
       *        DD DDD
       *
       * @param {string} term
       * @param {number} termWidth
       * @param {string} description
       * @param {Help} helper
       * @returns {string}
       */
      formatItem(term, termWidth, description, helper) {
        const itemIndent = 2;
        const itemIndentStr = " ".repeat(itemIndent);
        if (!description) return itemIndentStr + term;
        const paddedTerm = term.padEnd(
          termWidth + term.length - helper.displayWidth(term)
        );
        const spacerWidth = 2;
        const helpWidth = this.helpWidth ?? 80;
        const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
        let formattedDescription;
        if (remainingWidth < this.minWidthToWrap || helper.preformatted(description)) {
          formattedDescription = description;
        } else {
          const wrappedDescription = helper.boxWrap(description, remainingWidth);
          formattedDescription = wrappedDescription.replace(
            /\n/g,
            "\n" + " ".repeat(termWidth + spacerWidth)
          );
        }
        return itemIndentStr + paddedTerm + " ".repeat(spacerWidth) + formattedDescription.replace(/\n/g, `
${itemIndentStr}`);
      }
      /**
       * Wrap a string at whitespace, preserving existing line breaks.
       * Wrapping is skipped if the width is less than `minWidthToWrap`.
       *
       * @param {string} str
       * @param {number} width
       * @returns {string}
       */
      boxWrap(str, width) {
        if (width < this.minWidthToWrap) return str;
        const rawLines = str.split(/\r\n|\n/);
        const chunkPattern = /[\s]*[^\s]+/g;
        const wrappedLines = [];
        rawLines.forEach((line) => {
          const chunks = line.match(chunkPattern);
          if (chunks === null) {
            wrappedLines.push("");
            return;
          }
          let sumChunks = [chunks.shift()];
          let sumWidth = this.displayWidth(sumChunks[0]);
          chunks.forEach((chunk) => {
            const visibleWidth = this.displayWidth(chunk);
            if (sumWidth + visibleWidth <= width) {
              sumChunks.push(chunk);
              sumWidth += visibleWidth;
              return;
            }
            wrappedLines.push(sumChunks.join(""));
            const nextChunk = chunk.trimStart();
            sumChunks = [nextChunk];
            sumWidth = this.displayWidth(nextChunk);
          });
          wrappedLines.push(sumChunks.join(""));
        });
        return wrappedLines.join("\n");
      }
    };
    function stripColor(str) {
      const sgrPattern = /\x1b\[\d*(;\d*)*m/g;
      return str.replace(sgrPattern, "");
    }
    exports2.Help = Help2;
    exports2.stripColor = stripColor;
  }
});

// node_modules/commander/lib/option.js
var require_option = __commonJS({
  "node_modules/commander/lib/option.js"(exports2) {
    "use strict";
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Option2 = class {
      /**
       * Initialize a new `Option` with the given `flags` and `description`.
       *
       * @param {string} flags
       * @param {string} [description]
       */
      constructor(flags, description) {
        this.flags = flags;
        this.description = description || "";
        this.required = flags.includes("<");
        this.optional = flags.includes("[");
        this.variadic = /\w\.\.\.[>\]]$/.test(flags);
        this.mandatory = false;
        const optionFlags = splitOptionFlags(flags);
        this.short = optionFlags.shortFlag;
        this.long = optionFlags.longFlag;
        this.negate = false;
        if (this.long) {
          this.negate = this.long.startsWith("--no-");
        }
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.presetArg = void 0;
        this.envVar = void 0;
        this.parseArg = void 0;
        this.hidden = false;
        this.argChoices = void 0;
        this.conflictsWith = [];
        this.implied = void 0;
        this.helpGroupHeading = void 0;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Option}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Preset to use when option used without option-argument, especially optional but also boolean and negated.
       * The custom processing (parseArg) is called.
       *
       * @example
       * new Option('--color').default('GREYSCALE').preset('RGB');
       * new Option('--donate [amount]').preset('20').argParser(parseFloat);
       *
       * @param {*} arg
       * @return {Option}
       */
      preset(arg) {
        this.presetArg = arg;
        return this;
      }
      /**
       * Add option name(s) that conflict with this option.
       * An error will be displayed if conflicting options are found during parsing.
       *
       * @example
       * new Option('--rgb').conflicts('cmyk');
       * new Option('--js').conflicts(['ts', 'jsx']);
       *
       * @param {(string | string[])} names
       * @return {Option}
       */
      conflicts(names) {
        this.conflictsWith = this.conflictsWith.concat(names);
        return this;
      }
      /**
       * Specify implied option values for when this option is set and the implied options are not.
       *
       * The custom processing (parseArg) is not called on the implied values.
       *
       * @example
       * program
       *   .addOption(new Option('--log', 'write logging information to file'))
       *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
       *
       * @param {object} impliedOptionValues
       * @return {Option}
       */
      implies(impliedOptionValues) {
        let newImplied = impliedOptionValues;
        if (typeof impliedOptionValues === "string") {
          newImplied = { [impliedOptionValues]: true };
        }
        this.implied = Object.assign(this.implied || {}, newImplied);
        return this;
      }
      /**
       * Set environment variable to check for option value.
       *
       * An environment variable is only used if when processed the current option value is
       * undefined, or the source of the current value is 'default' or 'config' or 'env'.
       *
       * @param {string} name
       * @return {Option}
       */
      env(name) {
        this.envVar = name;
        return this;
      }
      /**
       * Set the custom handler for processing CLI option arguments into option values.
       *
       * @param {Function} [fn]
       * @return {Option}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Whether the option is mandatory and must have a value after parsing.
       *
       * @param {boolean} [mandatory=true]
       * @return {Option}
       */
      makeOptionMandatory(mandatory = true) {
        this.mandatory = !!mandatory;
        return this;
      }
      /**
       * Hide option in help.
       *
       * @param {boolean} [hide=true]
       * @return {Option}
       */
      hideHelp(hide = true) {
        this.hidden = !!hide;
        return this;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Only allow option value to be one of choices.
       *
       * @param {string[]} values
       * @return {Option}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Return option name.
       *
       * @return {string}
       */
      name() {
        if (this.long) {
          return this.long.replace(/^--/, "");
        }
        return this.short.replace(/^-/, "");
      }
      /**
       * Return option name, in a camelcase format that can be used
       * as an object attribute key.
       *
       * @return {string}
       */
      attributeName() {
        if (this.negate) {
          return camelcase(this.name().replace(/^no-/, ""));
        }
        return camelcase(this.name());
      }
      /**
       * Set the help group heading.
       *
       * @param {string} heading
       * @return {Option}
       */
      helpGroup(heading) {
        this.helpGroupHeading = heading;
        return this;
      }
      /**
       * Check if `arg` matches the short or long flag.
       *
       * @param {string} arg
       * @return {boolean}
       * @package
       */
      is(arg) {
        return this.short === arg || this.long === arg;
      }
      /**
       * Return whether a boolean option.
       *
       * Options are one of boolean, negated, required argument, or optional argument.
       *
       * @return {boolean}
       * @package
       */
      isBoolean() {
        return !this.required && !this.optional && !this.negate;
      }
    };
    var DualOptions = class {
      /**
       * @param {Option[]} options
       */
      constructor(options) {
        this.positiveOptions = /* @__PURE__ */ new Map();
        this.negativeOptions = /* @__PURE__ */ new Map();
        this.dualOptions = /* @__PURE__ */ new Set();
        options.forEach((option) => {
          if (option.negate) {
            this.negativeOptions.set(option.attributeName(), option);
          } else {
            this.positiveOptions.set(option.attributeName(), option);
          }
        });
        this.negativeOptions.forEach((value, key) => {
          if (this.positiveOptions.has(key)) {
            this.dualOptions.add(key);
          }
        });
      }
      /**
       * Did the value come from the option, and not from possible matching dual option?
       *
       * @param {*} value
       * @param {Option} option
       * @returns {boolean}
       */
      valueFromOption(value, option) {
        const optionKey = option.attributeName();
        if (!this.dualOptions.has(optionKey)) return true;
        const preset = this.negativeOptions.get(optionKey).presetArg;
        const negativeValue = preset !== void 0 ? preset : false;
        return option.negate === (negativeValue === value);
      }
    };
    function camelcase(str) {
      return str.split("-").reduce((str2, word) => {
        return str2 + word[0].toUpperCase() + word.slice(1);
      });
    }
    function splitOptionFlags(flags) {
      let shortFlag;
      let longFlag;
      const shortFlagExp = /^-[^-]$/;
      const longFlagExp = /^--[^-]/;
      const flagParts = flags.split(/[ |,]+/).concat("guard");
      if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
      if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
      if (!shortFlag && shortFlagExp.test(flagParts[0]))
        shortFlag = flagParts.shift();
      if (!shortFlag && longFlagExp.test(flagParts[0])) {
        shortFlag = longFlag;
        longFlag = flagParts.shift();
      }
      if (flagParts[0].startsWith("-")) {
        const unsupportedFlag = flagParts[0];
        const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
        if (/^-[^-][^-]/.test(unsupportedFlag))
          throw new Error(
            `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`
          );
        if (shortFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many short flags`);
        if (longFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many long flags`);
        throw new Error(`${baseError}
- unrecognised flag format`);
      }
      if (shortFlag === void 0 && longFlag === void 0)
        throw new Error(
          `option creation failed due to no flags found in '${flags}'.`
        );
      return { shortFlag, longFlag };
    }
    exports2.Option = Option2;
    exports2.DualOptions = DualOptions;
  }
});

// node_modules/commander/lib/suggestSimilar.js
var require_suggestSimilar = __commonJS({
  "node_modules/commander/lib/suggestSimilar.js"(exports2) {
    "use strict";
    var maxDistance = 3;
    function editDistance2(a, b) {
      if (Math.abs(a.length - b.length) > maxDistance)
        return Math.max(a.length, b.length);
      const d = [];
      for (let i = 0; i <= a.length; i++) {
        d[i] = [i];
      }
      for (let j = 0; j <= b.length; j++) {
        d[0][j] = j;
      }
      for (let j = 1; j <= b.length; j++) {
        for (let i = 1; i <= a.length; i++) {
          let cost = 1;
          if (a[i - 1] === b[j - 1]) {
            cost = 0;
          } else {
            cost = 1;
          }
          d[i][j] = Math.min(
            d[i - 1][j] + 1,
            // deletion
            d[i][j - 1] + 1,
            // insertion
            d[i - 1][j - 1] + cost
            // substitution
          );
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
            d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
          }
        }
      }
      return d[a.length][b.length];
    }
    function suggestSimilar(word, candidates) {
      if (!candidates || candidates.length === 0) return "";
      candidates = Array.from(new Set(candidates));
      const searchingOptions = word.startsWith("--");
      if (searchingOptions) {
        word = word.slice(2);
        candidates = candidates.map((candidate) => candidate.slice(2));
      }
      let similar = [];
      let bestDistance = maxDistance;
      const minSimilarity = 0.4;
      candidates.forEach((candidate) => {
        if (candidate.length <= 1) return;
        const distance = editDistance2(word, candidate);
        const length = Math.max(word.length, candidate.length);
        const similarity = (length - distance) / length;
        if (similarity > minSimilarity) {
          if (distance < bestDistance) {
            bestDistance = distance;
            similar = [candidate];
          } else if (distance === bestDistance) {
            similar.push(candidate);
          }
        }
      });
      similar.sort((a, b) => a.localeCompare(b));
      if (searchingOptions) {
        similar = similar.map((candidate) => `--${candidate}`);
      }
      if (similar.length > 1) {
        return `
(Did you mean one of ${similar.join(", ")}?)`;
      }
      if (similar.length === 1) {
        return `
(Did you mean ${similar[0]}?)`;
      }
      return "";
    }
    exports2.suggestSimilar = suggestSimilar;
  }
});

// node_modules/commander/lib/command.js
var require_command = __commonJS({
  "node_modules/commander/lib/command.js"(exports2) {
    "use strict";
    var EventEmitter = require("events").EventEmitter;
    var childProcess = require("child_process");
    var path = require("path");
    var fs = require("fs");
    var process2 = require("process");
    var { Argument: Argument2, humanReadableArgName } = require_argument();
    var { CommanderError: CommanderError2 } = require_error();
    var { Help: Help2, stripColor } = require_help();
    var { Option: Option2, DualOptions } = require_option();
    var { suggestSimilar } = require_suggestSimilar();
    var Command2 = class _Command extends EventEmitter {
      /**
       * Initialize a new `Command`.
       *
       * @param {string} [name]
       */
      constructor(name) {
        super();
        this.commands = [];
        this.options = [];
        this.parent = null;
        this._allowUnknownOption = false;
        this._allowExcessArguments = false;
        this.registeredArguments = [];
        this._args = this.registeredArguments;
        this.args = [];
        this.rawArgs = [];
        this.processedArgs = [];
        this._scriptPath = null;
        this._name = name || "";
        this._optionValues = {};
        this._optionValueSources = {};
        this._storeOptionsAsProperties = false;
        this._actionHandler = null;
        this._executableHandler = false;
        this._executableFile = null;
        this._executableDir = null;
        this._defaultCommandName = null;
        this._exitCallback = null;
        this._aliases = [];
        this._combineFlagAndOptionalValue = true;
        this._description = "";
        this._summary = "";
        this._argsDescription = void 0;
        this._enablePositionalOptions = false;
        this._passThroughOptions = false;
        this._lifeCycleHooks = {};
        this._showHelpAfterError = false;
        this._showSuggestionAfterError = true;
        this._savedState = null;
        this._outputConfiguration = {
          writeOut: (str) => process2.stdout.write(str),
          writeErr: (str) => process2.stderr.write(str),
          outputError: (str, write) => write(str),
          getOutHelpWidth: () => process2.stdout.isTTY ? process2.stdout.columns : void 0,
          getErrHelpWidth: () => process2.stderr.isTTY ? process2.stderr.columns : void 0,
          getOutHasColors: () => useColor() ?? (process2.stdout.isTTY && process2.stdout.hasColors?.()),
          getErrHasColors: () => useColor() ?? (process2.stderr.isTTY && process2.stderr.hasColors?.()),
          stripColor: (str) => stripColor(str)
        };
        this._hidden = false;
        this._helpOption = void 0;
        this._addImplicitHelpCommand = void 0;
        this._helpCommand = void 0;
        this._helpConfiguration = {};
        this._helpGroupHeading = void 0;
        this._defaultCommandGroup = void 0;
        this._defaultOptionGroup = void 0;
      }
      /**
       * Copy settings that are useful to have in common across root command and subcommands.
       *
       * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
       *
       * @param {Command} sourceCommand
       * @return {Command} `this` command for chaining
       */
      copyInheritedSettings(sourceCommand) {
        this._outputConfiguration = sourceCommand._outputConfiguration;
        this._helpOption = sourceCommand._helpOption;
        this._helpCommand = sourceCommand._helpCommand;
        this._helpConfiguration = sourceCommand._helpConfiguration;
        this._exitCallback = sourceCommand._exitCallback;
        this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
        this._combineFlagAndOptionalValue = sourceCommand._combineFlagAndOptionalValue;
        this._allowExcessArguments = sourceCommand._allowExcessArguments;
        this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
        this._showHelpAfterError = sourceCommand._showHelpAfterError;
        this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;
        return this;
      }
      /**
       * @returns {Command[]}
       * @private
       */
      _getCommandAndAncestors() {
        const result = [];
        for (let command = this; command; command = command.parent) {
          result.push(command);
        }
        return result;
      }
      /**
       * Define a command.
       *
       * There are two styles of command: pay attention to where to put the description.
       *
       * @example
       * // Command implemented using action handler (description is supplied separately to `.command`)
       * program
       *   .command('clone <source> [destination]')
       *   .description('clone a repository into a newly created directory')
       *   .action((source, destination) => {
       *     console.log('clone command called');
       *   });
       *
       * // Command implemented using separate executable file (description is second parameter to `.command`)
       * program
       *   .command('start <service>', 'start named service')
       *   .command('stop [service]', 'stop named service, or all if no name supplied');
       *
       * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
       * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
       * @param {object} [execOpts] - configuration options (for executable)
       * @return {Command} returns new command for action handler, or `this` for executable command
       */
      command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
        let desc = actionOptsOrExecDesc;
        let opts = execOpts;
        if (typeof desc === "object" && desc !== null) {
          opts = desc;
          desc = null;
        }
        opts = opts || {};
        const [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const cmd = this.createCommand(name);
        if (desc) {
          cmd.description(desc);
          cmd._executableHandler = true;
        }
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        cmd._hidden = !!(opts.noHelp || opts.hidden);
        cmd._executableFile = opts.executableFile || null;
        if (args) cmd.arguments(args);
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd.copyInheritedSettings(this);
        if (desc) return this;
        return cmd;
      }
      /**
       * Factory routine to create a new unattached command.
       *
       * See .command() for creating an attached subcommand, which uses this routine to
       * create the command. You can override createCommand to customise subcommands.
       *
       * @param {string} [name]
       * @return {Command} new command
       */
      createCommand(name) {
        return new _Command(name);
      }
      /**
       * You can customise the help with a subclass of Help by overriding createHelp,
       * or by overriding Help properties using configureHelp().
       *
       * @return {Help}
       */
      createHelp() {
        return Object.assign(new Help2(), this.configureHelp());
      }
      /**
       * You can customise the help by overriding Help properties using configureHelp(),
       * or with a subclass of Help by overriding createHelp().
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureHelp(configuration) {
        if (configuration === void 0) return this._helpConfiguration;
        this._helpConfiguration = configuration;
        return this;
      }
      /**
       * The default output goes to stdout and stderr. You can customise this for special
       * applications. You can also customise the display of errors by overriding outputError.
       *
       * The configuration properties are all functions:
       *
       *     // change how output being written, defaults to stdout and stderr
       *     writeOut(str)
       *     writeErr(str)
       *     // change how output being written for errors, defaults to writeErr
       *     outputError(str, write) // used for displaying errors and not used for displaying help
       *     // specify width for wrapping help
       *     getOutHelpWidth()
       *     getErrHelpWidth()
       *     // color support, currently only used with Help
       *     getOutHasColors()
       *     getErrHasColors()
       *     stripColor() // used to remove ANSI escape codes if output does not have colors
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureOutput(configuration) {
        if (configuration === void 0) return this._outputConfiguration;
        this._outputConfiguration = {
          ...this._outputConfiguration,
          ...configuration
        };
        return this;
      }
      /**
       * Display the help or a custom message after an error occurs.
       *
       * @param {(boolean|string)} [displayHelp]
       * @return {Command} `this` command for chaining
       */
      showHelpAfterError(displayHelp = true) {
        if (typeof displayHelp !== "string") displayHelp = !!displayHelp;
        this._showHelpAfterError = displayHelp;
        return this;
      }
      /**
       * Display suggestion of similar commands for unknown commands, or options for unknown options.
       *
       * @param {boolean} [displaySuggestion]
       * @return {Command} `this` command for chaining
       */
      showSuggestionAfterError(displaySuggestion = true) {
        this._showSuggestionAfterError = !!displaySuggestion;
        return this;
      }
      /**
       * Add a prepared subcommand.
       *
       * See .command() for creating an attached subcommand which inherits settings from its parent.
       *
       * @param {Command} cmd - new subcommand
       * @param {object} [opts] - configuration options
       * @return {Command} `this` command for chaining
       */
      addCommand(cmd, opts) {
        if (!cmd._name) {
          throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
        }
        opts = opts || {};
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        if (opts.noHelp || opts.hidden) cmd._hidden = true;
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd._checkForBrokenPassThrough();
        return this;
      }
      /**
       * Factory routine to create a new unattached argument.
       *
       * See .argument() for creating an attached argument, which uses this routine to
       * create the argument. You can override createArgument to return a custom argument.
       *
       * @param {string} name
       * @param {string} [description]
       * @return {Argument} new argument
       */
      createArgument(name, description) {
        return new Argument2(name, description);
      }
      /**
       * Define argument syntax for command.
       *
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @example
       * program.argument('<input-file>');
       * program.argument('[output-file]');
       *
       * @param {string} name
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom argument processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      argument(name, description, parseArg, defaultValue) {
        const argument = this.createArgument(name, description);
        if (typeof parseArg === "function") {
          argument.default(defaultValue).argParser(parseArg);
        } else {
          argument.default(parseArg);
        }
        this.addArgument(argument);
        return this;
      }
      /**
       * Define argument syntax for command, adding multiple at once (without descriptions).
       *
       * See also .argument().
       *
       * @example
       * program.arguments('<cmd> [env]');
       *
       * @param {string} names
       * @return {Command} `this` command for chaining
       */
      arguments(names) {
        names.trim().split(/ +/).forEach((detail) => {
          this.argument(detail);
        });
        return this;
      }
      /**
       * Define argument syntax for command, adding a prepared argument.
       *
       * @param {Argument} argument
       * @return {Command} `this` command for chaining
       */
      addArgument(argument) {
        const previousArgument = this.registeredArguments.slice(-1)[0];
        if (previousArgument?.variadic) {
          throw new Error(
            `only the last argument can be variadic '${previousArgument.name()}'`
          );
        }
        if (argument.required && argument.defaultValue !== void 0 && argument.parseArg === void 0) {
          throw new Error(
            `a default value for a required argument is never used: '${argument.name()}'`
          );
        }
        this.registeredArguments.push(argument);
        return this;
      }
      /**
       * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
       *
       * @example
       *    program.helpCommand('help [cmd]');
       *    program.helpCommand('help [cmd]', 'show help');
       *    program.helpCommand(false); // suppress default help command
       *    program.helpCommand(true); // add help command even if no subcommands
       *
       * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
       * @param {string} [description] - custom description
       * @return {Command} `this` command for chaining
       */
      helpCommand(enableOrNameAndArgs, description) {
        if (typeof enableOrNameAndArgs === "boolean") {
          this._addImplicitHelpCommand = enableOrNameAndArgs;
          if (enableOrNameAndArgs && this._defaultCommandGroup) {
            this._initCommandGroup(this._getHelpCommand());
          }
          return this;
        }
        const nameAndArgs = enableOrNameAndArgs ?? "help [command]";
        const [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const helpDescription = description ?? "display help for command";
        const helpCommand = this.createCommand(helpName);
        helpCommand.helpOption(false);
        if (helpArgs) helpCommand.arguments(helpArgs);
        if (helpDescription) helpCommand.description(helpDescription);
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        if (enableOrNameAndArgs || description) this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Add prepared custom help command.
       *
       * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
       * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
       * @return {Command} `this` command for chaining
       */
      addHelpCommand(helpCommand, deprecatedDescription) {
        if (typeof helpCommand !== "object") {
          this.helpCommand(helpCommand, deprecatedDescription);
          return this;
        }
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Lazy create help command.
       *
       * @return {(Command|null)}
       * @package
       */
      _getHelpCommand() {
        const hasImplicitHelpCommand = this._addImplicitHelpCommand ?? (this.commands.length && !this._actionHandler && !this._findCommand("help"));
        if (hasImplicitHelpCommand) {
          if (this._helpCommand === void 0) {
            this.helpCommand(void 0, void 0);
          }
          return this._helpCommand;
        }
        return null;
      }
      /**
       * Add hook for life cycle event.
       *
       * @param {string} event
       * @param {Function} listener
       * @return {Command} `this` command for chaining
       */
      hook(event, listener) {
        const allowedValues = ["preSubcommand", "preAction", "postAction"];
        if (!allowedValues.includes(event)) {
          throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        if (this._lifeCycleHooks[event]) {
          this._lifeCycleHooks[event].push(listener);
        } else {
          this._lifeCycleHooks[event] = [listener];
        }
        return this;
      }
      /**
       * Register callback to use as replacement for calling process.exit.
       *
       * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
       * @return {Command} `this` command for chaining
       */
      exitOverride(fn) {
        if (fn) {
          this._exitCallback = fn;
        } else {
          this._exitCallback = (err) => {
            if (err.code !== "commander.executeSubCommandAsync") {
              throw err;
            } else {
            }
          };
        }
        return this;
      }
      /**
       * Call process.exit, and _exitCallback if defined.
       *
       * @param {number} exitCode exit code for using with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       * @return never
       * @private
       */
      _exit(exitCode, code, message) {
        if (this._exitCallback) {
          this._exitCallback(new CommanderError2(exitCode, code, message));
        }
        process2.exit(exitCode);
      }
      /**
       * Register callback `fn` for the command.
       *
       * @example
       * program
       *   .command('serve')
       *   .description('start service')
       *   .action(function() {
       *      // do work here
       *   });
       *
       * @param {Function} fn
       * @return {Command} `this` command for chaining
       */
      action(fn) {
        const listener = (args) => {
          const expectedArgsCount = this.registeredArguments.length;
          const actionArgs = args.slice(0, expectedArgsCount);
          if (this._storeOptionsAsProperties) {
            actionArgs[expectedArgsCount] = this;
          } else {
            actionArgs[expectedArgsCount] = this.opts();
          }
          actionArgs.push(this);
          return fn.apply(this, actionArgs);
        };
        this._actionHandler = listener;
        return this;
      }
      /**
       * Factory routine to create a new unattached option.
       *
       * See .option() for creating an attached option, which uses this routine to
       * create the option. You can override createOption to return a custom option.
       *
       * @param {string} flags
       * @param {string} [description]
       * @return {Option} new option
       */
      createOption(flags, description) {
        return new Option2(flags, description);
      }
      /**
       * Wrap parseArgs to catch 'commander.invalidArgument'.
       *
       * @param {(Option | Argument)} target
       * @param {string} value
       * @param {*} previous
       * @param {string} invalidArgumentMessage
       * @private
       */
      _callParseArg(target, value, previous, invalidArgumentMessage) {
        try {
          return target.parseArg(value, previous);
        } catch (err) {
          if (err.code === "commander.invalidArgument") {
            const message = `${invalidArgumentMessage} ${err.message}`;
            this.error(message, { exitCode: err.exitCode, code: err.code });
          }
          throw err;
        }
      }
      /**
       * Check for option flag conflicts.
       * Register option if no conflicts found, or throw on conflict.
       *
       * @param {Option} option
       * @private
       */
      _registerOption(option) {
        const matchingOption = option.short && this._findOption(option.short) || option.long && this._findOption(option.long);
        if (matchingOption) {
          const matchingFlag = option.long && this._findOption(option.long) ? option.long : option.short;
          throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
        }
        this._initOptionGroup(option);
        this.options.push(option);
      }
      /**
       * Check for command name and alias conflicts with existing commands.
       * Register command if no conflicts found, or throw on conflict.
       *
       * @param {Command} command
       * @private
       */
      _registerCommand(command) {
        const knownBy = (cmd) => {
          return [cmd.name()].concat(cmd.aliases());
        };
        const alreadyUsed = knownBy(command).find(
          (name) => this._findCommand(name)
        );
        if (alreadyUsed) {
          const existingCmd = knownBy(this._findCommand(alreadyUsed)).join("|");
          const newCmd = knownBy(command).join("|");
          throw new Error(
            `cannot add command '${newCmd}' as already have command '${existingCmd}'`
          );
        }
        this._initCommandGroup(command);
        this.commands.push(command);
      }
      /**
       * Add an option.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addOption(option) {
        this._registerOption(option);
        const oname = option.name();
        const name = option.attributeName();
        if (option.negate) {
          const positiveLongFlag = option.long.replace(/^--no-/, "--");
          if (!this._findOption(positiveLongFlag)) {
            this.setOptionValueWithSource(
              name,
              option.defaultValue === void 0 ? true : option.defaultValue,
              "default"
            );
          }
        } else if (option.defaultValue !== void 0) {
          this.setOptionValueWithSource(name, option.defaultValue, "default");
        }
        const handleOptionValue = (val, invalidValueMessage, valueSource) => {
          if (val == null && option.presetArg !== void 0) {
            val = option.presetArg;
          }
          const oldValue = this.getOptionValue(name);
          if (val !== null && option.parseArg) {
            val = this._callParseArg(option, val, oldValue, invalidValueMessage);
          } else if (val !== null && option.variadic) {
            val = option._collectValue(val, oldValue);
          }
          if (val == null) {
            if (option.negate) {
              val = false;
            } else if (option.isBoolean() || option.optional) {
              val = true;
            } else {
              val = "";
            }
          }
          this.setOptionValueWithSource(name, val, valueSource);
        };
        this.on("option:" + oname, (val) => {
          const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
          handleOptionValue(val, invalidValueMessage, "cli");
        });
        if (option.envVar) {
          this.on("optionEnv:" + oname, (val) => {
            const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
            handleOptionValue(val, invalidValueMessage, "env");
          });
        }
        return this;
      }
      /**
       * Internal implementation shared by .option() and .requiredOption()
       *
       * @return {Command} `this` command for chaining
       * @private
       */
      _optionEx(config, flags, description, fn, defaultValue) {
        if (typeof flags === "object" && flags instanceof Option2) {
          throw new Error(
            "To add an Option object use addOption() instead of option() or requiredOption()"
          );
        }
        const option = this.createOption(flags, description);
        option.makeOptionMandatory(!!config.mandatory);
        if (typeof fn === "function") {
          option.default(defaultValue).argParser(fn);
        } else if (fn instanceof RegExp) {
          const regex = fn;
          fn = (val, def) => {
            const m = regex.exec(val);
            return m ? m[0] : def;
          };
          option.default(defaultValue).argParser(fn);
        } else {
          option.default(fn);
        }
        return this.addOption(option);
      }
      /**
       * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
       * option-argument is indicated by `<>` and an optional option-argument by `[]`.
       *
       * See the README for more details, and see also addOption() and requiredOption().
       *
       * @example
       * program
       *     .option('-p, --pepper', 'add pepper')
       *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
       *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
       *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      option(flags, description, parseArg, defaultValue) {
        return this._optionEx({}, flags, description, parseArg, defaultValue);
      }
      /**
       * Add a required option which must have a value after parsing. This usually means
       * the option must be specified on the command line. (Otherwise the same as .option().)
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      requiredOption(flags, description, parseArg, defaultValue) {
        return this._optionEx(
          { mandatory: true },
          flags,
          description,
          parseArg,
          defaultValue
        );
      }
      /**
       * Alter parsing of short flags with optional values.
       *
       * @example
       * // for `.option('-f,--flag [value]'):
       * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
       * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
       *
       * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
       * @return {Command} `this` command for chaining
       */
      combineFlagAndOptionalValue(combine = true) {
        this._combineFlagAndOptionalValue = !!combine;
        return this;
      }
      /**
       * Allow unknown options on the command line.
       *
       * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
       * @return {Command} `this` command for chaining
       */
      allowUnknownOption(allowUnknown = true) {
        this._allowUnknownOption = !!allowUnknown;
        return this;
      }
      /**
       * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
       *
       * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
       * @return {Command} `this` command for chaining
       */
      allowExcessArguments(allowExcess = true) {
        this._allowExcessArguments = !!allowExcess;
        return this;
      }
      /**
       * Enable positional options. Positional means global options are specified before subcommands which lets
       * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
       * The default behaviour is non-positional and global options may appear anywhere on the command line.
       *
       * @param {boolean} [positional]
       * @return {Command} `this` command for chaining
       */
      enablePositionalOptions(positional = true) {
        this._enablePositionalOptions = !!positional;
        return this;
      }
      /**
       * Pass through options that come after command-arguments rather than treat them as command-options,
       * so actual command-options come before command-arguments. Turning this on for a subcommand requires
       * positional options to have been enabled on the program (parent commands).
       * The default behaviour is non-positional and options may appear before or after command-arguments.
       *
       * @param {boolean} [passThrough] for unknown options.
       * @return {Command} `this` command for chaining
       */
      passThroughOptions(passThrough = true) {
        this._passThroughOptions = !!passThrough;
        this._checkForBrokenPassThrough();
        return this;
      }
      /**
       * @private
       */
      _checkForBrokenPassThrough() {
        if (this.parent && this._passThroughOptions && !this.parent._enablePositionalOptions) {
          throw new Error(
            `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`
          );
        }
      }
      /**
       * Whether to store option values as properties on command object,
       * or store separately (specify false). In both cases the option values can be accessed using .opts().
       *
       * @param {boolean} [storeAsProperties=true]
       * @return {Command} `this` command for chaining
       */
      storeOptionsAsProperties(storeAsProperties = true) {
        if (this.options.length) {
          throw new Error("call .storeOptionsAsProperties() before adding options");
        }
        if (Object.keys(this._optionValues).length) {
          throw new Error(
            "call .storeOptionsAsProperties() before setting option values"
          );
        }
        this._storeOptionsAsProperties = !!storeAsProperties;
        return this;
      }
      /**
       * Retrieve option value.
       *
       * @param {string} key
       * @return {object} value
       */
      getOptionValue(key) {
        if (this._storeOptionsAsProperties) {
          return this[key];
        }
        return this._optionValues[key];
      }
      /**
       * Store option value.
       *
       * @param {string} key
       * @param {object} value
       * @return {Command} `this` command for chaining
       */
      setOptionValue(key, value) {
        return this.setOptionValueWithSource(key, value, void 0);
      }
      /**
       * Store option value and where the value came from.
       *
       * @param {string} key
       * @param {object} value
       * @param {string} source - expected values are default/config/env/cli/implied
       * @return {Command} `this` command for chaining
       */
      setOptionValueWithSource(key, value, source) {
        if (this._storeOptionsAsProperties) {
          this[key] = value;
        } else {
          this._optionValues[key] = value;
        }
        this._optionValueSources[key] = source;
        return this;
      }
      /**
       * Get source of option value.
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSource(key) {
        return this._optionValueSources[key];
      }
      /**
       * Get source of option value. See also .optsWithGlobals().
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSourceWithGlobals(key) {
        let source;
        this._getCommandAndAncestors().forEach((cmd) => {
          if (cmd.getOptionValueSource(key) !== void 0) {
            source = cmd.getOptionValueSource(key);
          }
        });
        return source;
      }
      /**
       * Get user arguments from implied or explicit arguments.
       * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
       *
       * @private
       */
      _prepareUserArgs(argv, parseOptions) {
        if (argv !== void 0 && !Array.isArray(argv)) {
          throw new Error("first parameter to parse must be array or undefined");
        }
        parseOptions = parseOptions || {};
        if (argv === void 0 && parseOptions.from === void 0) {
          if (process2.versions?.electron) {
            parseOptions.from = "electron";
          }
          const execArgv = process2.execArgv ?? [];
          if (execArgv.includes("-e") || execArgv.includes("--eval") || execArgv.includes("-p") || execArgv.includes("--print")) {
            parseOptions.from = "eval";
          }
        }
        if (argv === void 0) {
          argv = process2.argv;
        }
        this.rawArgs = argv.slice();
        let userArgs;
        switch (parseOptions.from) {
          case void 0:
          case "node":
            this._scriptPath = argv[1];
            userArgs = argv.slice(2);
            break;
          case "electron":
            if (process2.defaultApp) {
              this._scriptPath = argv[1];
              userArgs = argv.slice(2);
            } else {
              userArgs = argv.slice(1);
            }
            break;
          case "user":
            userArgs = argv.slice(0);
            break;
          case "eval":
            userArgs = argv.slice(1);
            break;
          default:
            throw new Error(
              `unexpected parse option { from: '${parseOptions.from}' }`
            );
        }
        if (!this._name && this._scriptPath)
          this.nameFromFilename(this._scriptPath);
        this._name = this._name || "program";
        return userArgs;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Use parseAsync instead of parse if any of your action handlers are async.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * program.parse(); // parse process.argv and auto-detect electron and special node flags
       * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
       * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv] - optional, defaults to process.argv
       * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
       * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
       * @return {Command} `this` command for chaining
       */
      parse(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        this._parseCommand([], userArgs);
        return this;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
       * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
       * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv]
       * @param {object} [parseOptions]
       * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
       * @return {Promise}
       */
      async parseAsync(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        await this._parseCommand([], userArgs);
        return this;
      }
      _prepareForParse() {
        if (this._savedState === null) {
          this.saveStateBeforeParse();
        } else {
          this.restoreStateBeforeParse();
        }
      }
      /**
       * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state saved.
       */
      saveStateBeforeParse() {
        this._savedState = {
          // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
          _name: this._name,
          // option values before parse have default values (including false for negated options)
          // shallow clones
          _optionValues: { ...this._optionValues },
          _optionValueSources: { ...this._optionValueSources }
        };
      }
      /**
       * Restore state before parse for calls after the first.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state restored.
       */
      restoreStateBeforeParse() {
        if (this._storeOptionsAsProperties)
          throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);
        this._name = this._savedState._name;
        this._scriptPath = null;
        this.rawArgs = [];
        this._optionValues = { ...this._savedState._optionValues };
        this._optionValueSources = { ...this._savedState._optionValueSources };
        this.args = [];
        this.processedArgs = [];
      }
      /**
       * Throw if expected executable is missing. Add lots of help for author.
       *
       * @param {string} executableFile
       * @param {string} executableDir
       * @param {string} subcommandName
       */
      _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
        if (fs.existsSync(executableFile)) return;
        const executableDirMessage = executableDir ? `searched for local subcommand relative to directory '${executableDir}'` : "no directory for search for local subcommand, use .executableDir() to supply a custom directory";
        const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
        throw new Error(executableMissing);
      }
      /**
       * Execute a sub-command executable.
       *
       * @private
       */
      _executeSubCommand(subcommand, args) {
        args = args.slice();
        let launchWithNode = false;
        const sourceExt = [".js", ".ts", ".tsx", ".mjs", ".cjs"];
        function findFile(baseDir, baseName) {
          const localBin = path.resolve(baseDir, baseName);
          if (fs.existsSync(localBin)) return localBin;
          if (sourceExt.includes(path.extname(baseName))) return void 0;
          const foundExt = sourceExt.find(
            (ext) => fs.existsSync(`${localBin}${ext}`)
          );
          if (foundExt) return `${localBin}${foundExt}`;
          return void 0;
        }
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        let executableFile = subcommand._executableFile || `${this._name}-${subcommand._name}`;
        let executableDir = this._executableDir || "";
        if (this._scriptPath) {
          let resolvedScriptPath;
          try {
            resolvedScriptPath = fs.realpathSync(this._scriptPath);
          } catch {
            resolvedScriptPath = this._scriptPath;
          }
          executableDir = path.resolve(
            path.dirname(resolvedScriptPath),
            executableDir
          );
        }
        if (executableDir) {
          let localFile = findFile(executableDir, executableFile);
          if (!localFile && !subcommand._executableFile && this._scriptPath) {
            const legacyName = path.basename(
              this._scriptPath,
              path.extname(this._scriptPath)
            );
            if (legacyName !== this._name) {
              localFile = findFile(
                executableDir,
                `${legacyName}-${subcommand._name}`
              );
            }
          }
          executableFile = localFile || executableFile;
        }
        launchWithNode = sourceExt.includes(path.extname(executableFile));
        let proc;
        if (process2.platform !== "win32") {
          if (launchWithNode) {
            args.unshift(executableFile);
            args = incrementNodeInspectorPort(process2.execArgv).concat(args);
            proc = childProcess.spawn(process2.argv[0], args, { stdio: "inherit" });
          } else {
            proc = childProcess.spawn(executableFile, args, { stdio: "inherit" });
          }
        } else {
          this._checkForMissingExecutable(
            executableFile,
            executableDir,
            subcommand._name
          );
          args.unshift(executableFile);
          args = incrementNodeInspectorPort(process2.execArgv).concat(args);
          proc = childProcess.spawn(process2.execPath, args, { stdio: "inherit" });
        }
        if (!proc.killed) {
          const signals = ["SIGUSR1", "SIGUSR2", "SIGTERM", "SIGINT", "SIGHUP"];
          signals.forEach((signal) => {
            process2.on(signal, () => {
              if (proc.killed === false && proc.exitCode === null) {
                proc.kill(signal);
              }
            });
          });
        }
        const exitCallback = this._exitCallback;
        proc.on("close", (code) => {
          code = code ?? 1;
          if (!exitCallback) {
            process2.exit(code);
          } else {
            exitCallback(
              new CommanderError2(
                code,
                "commander.executeSubCommandAsync",
                "(close)"
              )
            );
          }
        });
        proc.on("error", (err) => {
          if (err.code === "ENOENT") {
            this._checkForMissingExecutable(
              executableFile,
              executableDir,
              subcommand._name
            );
          } else if (err.code === "EACCES") {
            throw new Error(`'${executableFile}' not executable`);
          }
          if (!exitCallback) {
            process2.exit(1);
          } else {
            const wrappedError = new CommanderError2(
              1,
              "commander.executeSubCommandAsync",
              "(error)"
            );
            wrappedError.nestedError = err;
            exitCallback(wrappedError);
          }
        });
        this.runningCommand = proc;
      }
      /**
       * @private
       */
      _dispatchSubcommand(commandName, operands, unknown) {
        const subCommand = this._findCommand(commandName);
        if (!subCommand) this.help({ error: true });
        subCommand._prepareForParse();
        let promiseChain;
        promiseChain = this._chainOrCallSubCommandHook(
          promiseChain,
          subCommand,
          "preSubcommand"
        );
        promiseChain = this._chainOrCall(promiseChain, () => {
          if (subCommand._executableHandler) {
            this._executeSubCommand(subCommand, operands.concat(unknown));
          } else {
            return subCommand._parseCommand(operands, unknown);
          }
        });
        return promiseChain;
      }
      /**
       * Invoke help directly if possible, or dispatch if necessary.
       * e.g. help foo
       *
       * @private
       */
      _dispatchHelpCommand(subcommandName) {
        if (!subcommandName) {
          this.help();
        }
        const subCommand = this._findCommand(subcommandName);
        if (subCommand && !subCommand._executableHandler) {
          subCommand.help();
        }
        return this._dispatchSubcommand(
          subcommandName,
          [],
          [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? "--help"]
        );
      }
      /**
       * Check this.args against expected this.registeredArguments.
       *
       * @private
       */
      _checkNumberOfArguments() {
        this.registeredArguments.forEach((arg, i) => {
          if (arg.required && this.args[i] == null) {
            this.missingArgument(arg.name());
          }
        });
        if (this.registeredArguments.length > 0 && this.registeredArguments[this.registeredArguments.length - 1].variadic) {
          return;
        }
        if (this.args.length > this.registeredArguments.length) {
          this._excessArguments(this.args);
        }
      }
      /**
       * Process this.args using this.registeredArguments and save as this.processedArgs!
       *
       * @private
       */
      _processArguments() {
        const myParseArg = (argument, value, previous) => {
          let parsedValue = value;
          if (value !== null && argument.parseArg) {
            const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
            parsedValue = this._callParseArg(
              argument,
              value,
              previous,
              invalidValueMessage
            );
          }
          return parsedValue;
        };
        this._checkNumberOfArguments();
        const processedArgs = [];
        this.registeredArguments.forEach((declaredArg, index) => {
          let value = declaredArg.defaultValue;
          if (declaredArg.variadic) {
            if (index < this.args.length) {
              value = this.args.slice(index);
              if (declaredArg.parseArg) {
                value = value.reduce((processed, v) => {
                  return myParseArg(declaredArg, v, processed);
                }, declaredArg.defaultValue);
              }
            } else if (value === void 0) {
              value = [];
            }
          } else if (index < this.args.length) {
            value = this.args[index];
            if (declaredArg.parseArg) {
              value = myParseArg(declaredArg, value, declaredArg.defaultValue);
            }
          }
          processedArgs[index] = value;
        });
        this.processedArgs = processedArgs;
      }
      /**
       * Once we have a promise we chain, but call synchronously until then.
       *
       * @param {(Promise|undefined)} promise
       * @param {Function} fn
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCall(promise, fn) {
        if (promise?.then && typeof promise.then === "function") {
          return promise.then(() => fn());
        }
        return fn();
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallHooks(promise, event) {
        let result = promise;
        const hooks = [];
        this._getCommandAndAncestors().reverse().filter((cmd) => cmd._lifeCycleHooks[event] !== void 0).forEach((hookedCommand) => {
          hookedCommand._lifeCycleHooks[event].forEach((callback) => {
            hooks.push({ hookedCommand, callback });
          });
        });
        if (event === "postAction") {
          hooks.reverse();
        }
        hooks.forEach((hookDetail) => {
          result = this._chainOrCall(result, () => {
            return hookDetail.callback(hookDetail.hookedCommand, this);
          });
        });
        return result;
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {Command} subCommand
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallSubCommandHook(promise, subCommand, event) {
        let result = promise;
        if (this._lifeCycleHooks[event] !== void 0) {
          this._lifeCycleHooks[event].forEach((hook) => {
            result = this._chainOrCall(result, () => {
              return hook(this, subCommand);
            });
          });
        }
        return result;
      }
      /**
       * Process arguments in context of this command.
       * Returns action result, in case it is a promise.
       *
       * @private
       */
      _parseCommand(operands, unknown) {
        const parsed = this.parseOptions(unknown);
        this._parseOptionsEnv();
        this._parseOptionsImplied();
        operands = operands.concat(parsed.operands);
        unknown = parsed.unknown;
        this.args = operands.concat(unknown);
        if (operands && this._findCommand(operands[0])) {
          return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
        }
        if (this._getHelpCommand() && operands[0] === this._getHelpCommand().name()) {
          return this._dispatchHelpCommand(operands[1]);
        }
        if (this._defaultCommandName) {
          this._outputHelpIfRequested(unknown);
          return this._dispatchSubcommand(
            this._defaultCommandName,
            operands,
            unknown
          );
        }
        if (this.commands.length && this.args.length === 0 && !this._actionHandler && !this._defaultCommandName) {
          this.help({ error: true });
        }
        this._outputHelpIfRequested(parsed.unknown);
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        const checkForUnknownOptions = () => {
          if (parsed.unknown.length > 0) {
            this.unknownOption(parsed.unknown[0]);
          }
        };
        const commandEvent = `command:${this.name()}`;
        if (this._actionHandler) {
          checkForUnknownOptions();
          this._processArguments();
          let promiseChain;
          promiseChain = this._chainOrCallHooks(promiseChain, "preAction");
          promiseChain = this._chainOrCall(
            promiseChain,
            () => this._actionHandler(this.processedArgs)
          );
          if (this.parent) {
            promiseChain = this._chainOrCall(promiseChain, () => {
              this.parent.emit(commandEvent, operands, unknown);
            });
          }
          promiseChain = this._chainOrCallHooks(promiseChain, "postAction");
          return promiseChain;
        }
        if (this.parent?.listenerCount(commandEvent)) {
          checkForUnknownOptions();
          this._processArguments();
          this.parent.emit(commandEvent, operands, unknown);
        } else if (operands.length) {
          if (this._findCommand("*")) {
            return this._dispatchSubcommand("*", operands, unknown);
          }
          if (this.listenerCount("command:*")) {
            this.emit("command:*", operands, unknown);
          } else if (this.commands.length) {
            this.unknownCommand();
          } else {
            checkForUnknownOptions();
            this._processArguments();
          }
        } else if (this.commands.length) {
          checkForUnknownOptions();
          this.help({ error: true });
        } else {
          checkForUnknownOptions();
          this._processArguments();
        }
      }
      /**
       * Find matching command.
       *
       * @private
       * @return {Command | undefined}
       */
      _findCommand(name) {
        if (!name) return void 0;
        return this.commands.find(
          (cmd) => cmd._name === name || cmd._aliases.includes(name)
        );
      }
      /**
       * Return an option matching `arg` if any.
       *
       * @param {string} arg
       * @return {Option}
       * @package
       */
      _findOption(arg) {
        return this.options.find((option) => option.is(arg));
      }
      /**
       * Display an error message if a mandatory option does not have a value.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForMissingMandatoryOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd.options.forEach((anOption) => {
            if (anOption.mandatory && cmd.getOptionValue(anOption.attributeName()) === void 0) {
              cmd.missingMandatoryOptionValue(anOption);
            }
          });
        });
      }
      /**
       * Display an error message if conflicting options are used together in this.
       *
       * @private
       */
      _checkForConflictingLocalOptions() {
        const definedNonDefaultOptions = this.options.filter((option) => {
          const optionKey = option.attributeName();
          if (this.getOptionValue(optionKey) === void 0) {
            return false;
          }
          return this.getOptionValueSource(optionKey) !== "default";
        });
        const optionsWithConflicting = definedNonDefaultOptions.filter(
          (option) => option.conflictsWith.length > 0
        );
        optionsWithConflicting.forEach((option) => {
          const conflictingAndDefined = definedNonDefaultOptions.find(
            (defined) => option.conflictsWith.includes(defined.attributeName())
          );
          if (conflictingAndDefined) {
            this._conflictingOption(option, conflictingAndDefined);
          }
        });
      }
      /**
       * Display an error message if conflicting options are used together.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForConflictingOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd._checkForConflictingLocalOptions();
        });
      }
      /**
       * Parse options from `argv` removing known options,
       * and return argv split into operands and unknown arguments.
       *
       * Side effects: modifies command by storing options. Does not reset state if called again.
       *
       * Examples:
       *
       *     argv => operands, unknown
       *     --known kkk op => [op], []
       *     op --known kkk => [op], []
       *     sub --unknown uuu op => [sub], [--unknown uuu op]
       *     sub -- --unknown uuu op => [sub --unknown uuu op], []
       *
       * @param {string[]} args
       * @return {{operands: string[], unknown: string[]}}
       */
      parseOptions(args) {
        const operands = [];
        const unknown = [];
        let dest = operands;
        function maybeOption(arg) {
          return arg.length > 1 && arg[0] === "-";
        }
        const negativeNumberArg = (arg) => {
          if (!/^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg)) return false;
          return !this._getCommandAndAncestors().some(
            (cmd) => cmd.options.map((opt) => opt.short).some((short) => /^-\d$/.test(short))
          );
        };
        let activeVariadicOption = null;
        let activeGroup = null;
        let i = 0;
        while (i < args.length || activeGroup) {
          const arg = activeGroup ?? args[i++];
          activeGroup = null;
          if (arg === "--") {
            if (dest === unknown) dest.push(arg);
            dest.push(...args.slice(i));
            break;
          }
          if (activeVariadicOption && (!maybeOption(arg) || negativeNumberArg(arg))) {
            this.emit(`option:${activeVariadicOption.name()}`, arg);
            continue;
          }
          activeVariadicOption = null;
          if (maybeOption(arg)) {
            const option = this._findOption(arg);
            if (option) {
              if (option.required) {
                const value = args[i++];
                if (value === void 0) this.optionMissingArgument(option);
                this.emit(`option:${option.name()}`, value);
              } else if (option.optional) {
                let value = null;
                if (i < args.length && (!maybeOption(args[i]) || negativeNumberArg(args[i]))) {
                  value = args[i++];
                }
                this.emit(`option:${option.name()}`, value);
              } else {
                this.emit(`option:${option.name()}`);
              }
              activeVariadicOption = option.variadic ? option : null;
              continue;
            }
          }
          if (arg.length > 2 && arg[0] === "-" && arg[1] !== "-") {
            const option = this._findOption(`-${arg[1]}`);
            if (option) {
              if (option.required || option.optional && this._combineFlagAndOptionalValue) {
                this.emit(`option:${option.name()}`, arg.slice(2));
              } else {
                this.emit(`option:${option.name()}`);
                activeGroup = `-${arg.slice(2)}`;
              }
              continue;
            }
          }
          if (/^--[^=]+=/.test(arg)) {
            const index = arg.indexOf("=");
            const option = this._findOption(arg.slice(0, index));
            if (option && (option.required || option.optional)) {
              this.emit(`option:${option.name()}`, arg.slice(index + 1));
              continue;
            }
          }
          if (dest === operands && maybeOption(arg) && !(this.commands.length === 0 && negativeNumberArg(arg))) {
            dest = unknown;
          }
          if ((this._enablePositionalOptions || this._passThroughOptions) && operands.length === 0 && unknown.length === 0) {
            if (this._findCommand(arg)) {
              operands.push(arg);
              unknown.push(...args.slice(i));
              break;
            } else if (this._getHelpCommand() && arg === this._getHelpCommand().name()) {
              operands.push(arg, ...args.slice(i));
              break;
            } else if (this._defaultCommandName) {
              unknown.push(arg, ...args.slice(i));
              break;
            }
          }
          if (this._passThroughOptions) {
            dest.push(arg, ...args.slice(i));
            break;
          }
          dest.push(arg);
        }
        return { operands, unknown };
      }
      /**
       * Return an object containing local option values as key-value pairs.
       *
       * @return {object}
       */
      opts() {
        if (this._storeOptionsAsProperties) {
          const result = {};
          const len = this.options.length;
          for (let i = 0; i < len; i++) {
            const key = this.options[i].attributeName();
            result[key] = key === this._versionOptionName ? this._version : this[key];
          }
          return result;
        }
        return this._optionValues;
      }
      /**
       * Return an object containing merged local and global option values as key-value pairs.
       *
       * @return {object}
       */
      optsWithGlobals() {
        return this._getCommandAndAncestors().reduce(
          (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
          {}
        );
      }
      /**
       * Display error message and exit (or call exitOverride).
       *
       * @param {string} message
       * @param {object} [errorOptions]
       * @param {string} [errorOptions.code] - an id string representing the error
       * @param {number} [errorOptions.exitCode] - used with process.exit
       */
      error(message, errorOptions) {
        this._outputConfiguration.outputError(
          `${message}
`,
          this._outputConfiguration.writeErr
        );
        if (typeof this._showHelpAfterError === "string") {
          this._outputConfiguration.writeErr(`${this._showHelpAfterError}
`);
        } else if (this._showHelpAfterError) {
          this._outputConfiguration.writeErr("\n");
          this.outputHelp({ error: true });
        }
        const config = errorOptions || {};
        const exitCode = config.exitCode || 1;
        const code = config.code || "commander.error";
        this._exit(exitCode, code, message);
      }
      /**
       * Apply any option related environment variables, if option does
       * not have a value from cli or client code.
       *
       * @private
       */
      _parseOptionsEnv() {
        this.options.forEach((option) => {
          if (option.envVar && option.envVar in process2.env) {
            const optionKey = option.attributeName();
            if (this.getOptionValue(optionKey) === void 0 || ["default", "config", "env"].includes(
              this.getOptionValueSource(optionKey)
            )) {
              if (option.required || option.optional) {
                this.emit(`optionEnv:${option.name()}`, process2.env[option.envVar]);
              } else {
                this.emit(`optionEnv:${option.name()}`);
              }
            }
          }
        });
      }
      /**
       * Apply any implied option values, if option is undefined or default value.
       *
       * @private
       */
      _parseOptionsImplied() {
        const dualHelper = new DualOptions(this.options);
        const hasCustomOptionValue = (optionKey) => {
          return this.getOptionValue(optionKey) !== void 0 && !["default", "implied"].includes(this.getOptionValueSource(optionKey));
        };
        this.options.filter(
          (option) => option.implied !== void 0 && hasCustomOptionValue(option.attributeName()) && dualHelper.valueFromOption(
            this.getOptionValue(option.attributeName()),
            option
          )
        ).forEach((option) => {
          Object.keys(option.implied).filter((impliedKey) => !hasCustomOptionValue(impliedKey)).forEach((impliedKey) => {
            this.setOptionValueWithSource(
              impliedKey,
              option.implied[impliedKey],
              "implied"
            );
          });
        });
      }
      /**
       * Argument `name` is missing.
       *
       * @param {string} name
       * @private
       */
      missingArgument(name) {
        const message = `error: missing required argument '${name}'`;
        this.error(message, { code: "commander.missingArgument" });
      }
      /**
       * `Option` is missing an argument.
       *
       * @param {Option} option
       * @private
       */
      optionMissingArgument(option) {
        const message = `error: option '${option.flags}' argument missing`;
        this.error(message, { code: "commander.optionMissingArgument" });
      }
      /**
       * `Option` does not have a value, and is a mandatory option.
       *
       * @param {Option} option
       * @private
       */
      missingMandatoryOptionValue(option) {
        const message = `error: required option '${option.flags}' not specified`;
        this.error(message, { code: "commander.missingMandatoryOptionValue" });
      }
      /**
       * `Option` conflicts with another option.
       *
       * @param {Option} option
       * @param {Option} conflictingOption
       * @private
       */
      _conflictingOption(option, conflictingOption) {
        const findBestOptionFromValue = (option2) => {
          const optionKey = option2.attributeName();
          const optionValue = this.getOptionValue(optionKey);
          const negativeOption = this.options.find(
            (target) => target.negate && optionKey === target.attributeName()
          );
          const positiveOption = this.options.find(
            (target) => !target.negate && optionKey === target.attributeName()
          );
          if (negativeOption && (negativeOption.presetArg === void 0 && optionValue === false || negativeOption.presetArg !== void 0 && optionValue === negativeOption.presetArg)) {
            return negativeOption;
          }
          return positiveOption || option2;
        };
        const getErrorMessage = (option2) => {
          const bestOption = findBestOptionFromValue(option2);
          const optionKey = bestOption.attributeName();
          const source = this.getOptionValueSource(optionKey);
          if (source === "env") {
            return `environment variable '${bestOption.envVar}'`;
          }
          return `option '${bestOption.flags}'`;
        };
        const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
        this.error(message, { code: "commander.conflictingOption" });
      }
      /**
       * Unknown option `flag`.
       *
       * @param {string} flag
       * @private
       */
      unknownOption(flag) {
        if (this._allowUnknownOption) return;
        let suggestion = "";
        if (flag.startsWith("--") && this._showSuggestionAfterError) {
          let candidateFlags = [];
          let command = this;
          do {
            const moreFlags = command.createHelp().visibleOptions(command).filter((option) => option.long).map((option) => option.long);
            candidateFlags = candidateFlags.concat(moreFlags);
            command = command.parent;
          } while (command && !command._enablePositionalOptions);
          suggestion = suggestSimilar(flag, candidateFlags);
        }
        const message = `error: unknown option '${flag}'${suggestion}`;
        this.error(message, { code: "commander.unknownOption" });
      }
      /**
       * Excess arguments, more than expected.
       *
       * @param {string[]} receivedArgs
       * @private
       */
      _excessArguments(receivedArgs) {
        if (this._allowExcessArguments) return;
        const expected = this.registeredArguments.length;
        const s = expected === 1 ? "" : "s";
        const forSubcommand = this.parent ? ` for '${this.name()}'` : "";
        const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s} but got ${receivedArgs.length}.`;
        this.error(message, { code: "commander.excessArguments" });
      }
      /**
       * Unknown command.
       *
       * @private
       */
      unknownCommand() {
        const unknownName = this.args[0];
        let suggestion = "";
        if (this._showSuggestionAfterError) {
          const candidateNames = [];
          this.createHelp().visibleCommands(this).forEach((command) => {
            candidateNames.push(command.name());
            if (command.alias()) candidateNames.push(command.alias());
          });
          suggestion = suggestSimilar(unknownName, candidateNames);
        }
        const message = `error: unknown command '${unknownName}'${suggestion}`;
        this.error(message, { code: "commander.unknownCommand" });
      }
      /**
       * Get or set the program version.
       *
       * This method auto-registers the "-V, --version" option which will print the version number.
       *
       * You can optionally supply the flags and description to override the defaults.
       *
       * @param {string} [str]
       * @param {string} [flags]
       * @param {string} [description]
       * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
       */
      version(str, flags, description) {
        if (str === void 0) return this._version;
        this._version = str;
        flags = flags || "-V, --version";
        description = description || "output the version number";
        const versionOption = this.createOption(flags, description);
        this._versionOptionName = versionOption.attributeName();
        this._registerOption(versionOption);
        this.on("option:" + versionOption.name(), () => {
          this._outputConfiguration.writeOut(`${str}
`);
          this._exit(0, "commander.version", str);
        });
        return this;
      }
      /**
       * Set the description.
       *
       * @param {string} [str]
       * @param {object} [argsDescription]
       * @return {(string|Command)}
       */
      description(str, argsDescription) {
        if (str === void 0 && argsDescription === void 0)
          return this._description;
        this._description = str;
        if (argsDescription) {
          this._argsDescription = argsDescription;
        }
        return this;
      }
      /**
       * Set the summary. Used when listed as subcommand of parent.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      summary(str) {
        if (str === void 0) return this._summary;
        this._summary = str;
        return this;
      }
      /**
       * Set an alias for the command.
       *
       * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
       *
       * @param {string} [alias]
       * @return {(string|Command)}
       */
      alias(alias) {
        if (alias === void 0) return this._aliases[0];
        let command = this;
        if (this.commands.length !== 0 && this.commands[this.commands.length - 1]._executableHandler) {
          command = this.commands[this.commands.length - 1];
        }
        if (alias === command._name)
          throw new Error("Command alias can't be the same as its name");
        const matchingCommand = this.parent?._findCommand(alias);
        if (matchingCommand) {
          const existingCmd = [matchingCommand.name()].concat(matchingCommand.aliases()).join("|");
          throw new Error(
            `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`
          );
        }
        command._aliases.push(alias);
        return this;
      }
      /**
       * Set aliases for the command.
       *
       * Only the first alias is shown in the auto-generated help.
       *
       * @param {string[]} [aliases]
       * @return {(string[]|Command)}
       */
      aliases(aliases) {
        if (aliases === void 0) return this._aliases;
        aliases.forEach((alias) => this.alias(alias));
        return this;
      }
      /**
       * Set / get the command usage `str`.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      usage(str) {
        if (str === void 0) {
          if (this._usage) return this._usage;
          const args = this.registeredArguments.map((arg) => {
            return humanReadableArgName(arg);
          });
          return [].concat(
            this.options.length || this._helpOption !== null ? "[options]" : [],
            this.commands.length ? "[command]" : [],
            this.registeredArguments.length ? args : []
          ).join(" ");
        }
        this._usage = str;
        return this;
      }
      /**
       * Get or set the name of the command.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      name(str) {
        if (str === void 0) return this._name;
        this._name = str;
        return this;
      }
      /**
       * Set/get the help group heading for this subcommand in parent command's help.
       *
       * @param {string} [heading]
       * @return {Command | string}
       */
      helpGroup(heading) {
        if (heading === void 0) return this._helpGroupHeading ?? "";
        this._helpGroupHeading = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for subcommands added to this command.
       * (This does not override a group set directly on the subcommand using .helpGroup().)
       *
       * @example
       * program.commandsGroup('Development Commands:);
       * program.command('watch')...
       * program.command('lint')...
       * ...
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      commandsGroup(heading) {
        if (heading === void 0) return this._defaultCommandGroup ?? "";
        this._defaultCommandGroup = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for options added to this command.
       * (This does not override a group set directly on the option using .helpGroup().)
       *
       * @example
       * program
       *   .optionsGroup('Development Options:')
       *   .option('-d, --debug', 'output extra debugging')
       *   .option('-p, --profile', 'output profiling information')
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      optionsGroup(heading) {
        if (heading === void 0) return this._defaultOptionGroup ?? "";
        this._defaultOptionGroup = heading;
        return this;
      }
      /**
       * @param {Option} option
       * @private
       */
      _initOptionGroup(option) {
        if (this._defaultOptionGroup && !option.helpGroupHeading)
          option.helpGroup(this._defaultOptionGroup);
      }
      /**
       * @param {Command} cmd
       * @private
       */
      _initCommandGroup(cmd) {
        if (this._defaultCommandGroup && !cmd.helpGroup())
          cmd.helpGroup(this._defaultCommandGroup);
      }
      /**
       * Set the name of the command from script filename, such as process.argv[1],
       * or require.main.filename, or __filename.
       *
       * (Used internally and public although not documented in README.)
       *
       * @example
       * program.nameFromFilename(require.main.filename);
       *
       * @param {string} filename
       * @return {Command}
       */
      nameFromFilename(filename) {
        this._name = path.basename(filename, path.extname(filename));
        return this;
      }
      /**
       * Get or set the directory for searching for executable subcommands of this command.
       *
       * @example
       * program.executableDir(__dirname);
       * // or
       * program.executableDir('subcommands');
       *
       * @param {string} [path]
       * @return {(string|null|Command)}
       */
      executableDir(path2) {
        if (path2 === void 0) return this._executableDir;
        this._executableDir = path2;
        return this;
      }
      /**
       * Return program help documentation.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
       * @return {string}
       */
      helpInformation(contextOptions) {
        const helper = this.createHelp();
        const context = this._getOutputContext(contextOptions);
        helper.prepareContext({
          error: context.error,
          helpWidth: context.helpWidth,
          outputHasColors: context.hasColors
        });
        const text = helper.formatHelp(this, helper);
        if (context.hasColors) return text;
        return this._outputConfiguration.stripColor(text);
      }
      /**
       * @typedef HelpContext
       * @type {object}
       * @property {boolean} error
       * @property {number} helpWidth
       * @property {boolean} hasColors
       * @property {function} write - includes stripColor if needed
       *
       * @returns {HelpContext}
       * @private
       */
      _getOutputContext(contextOptions) {
        contextOptions = contextOptions || {};
        const error = !!contextOptions.error;
        let baseWrite;
        let hasColors;
        let helpWidth;
        if (error) {
          baseWrite = (str) => this._outputConfiguration.writeErr(str);
          hasColors = this._outputConfiguration.getErrHasColors();
          helpWidth = this._outputConfiguration.getErrHelpWidth();
        } else {
          baseWrite = (str) => this._outputConfiguration.writeOut(str);
          hasColors = this._outputConfiguration.getOutHasColors();
          helpWidth = this._outputConfiguration.getOutHelpWidth();
        }
        const write = (str) => {
          if (!hasColors) str = this._outputConfiguration.stripColor(str);
          return baseWrite(str);
        };
        return { error, write, hasColors, helpWidth };
      }
      /**
       * Output help information for this command.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      outputHelp(contextOptions) {
        let deprecatedCallback;
        if (typeof contextOptions === "function") {
          deprecatedCallback = contextOptions;
          contextOptions = void 0;
        }
        const outputContext = this._getOutputContext(contextOptions);
        const eventContext = {
          error: outputContext.error,
          write: outputContext.write,
          command: this
        };
        this._getCommandAndAncestors().reverse().forEach((command) => command.emit("beforeAllHelp", eventContext));
        this.emit("beforeHelp", eventContext);
        let helpInformation = this.helpInformation({ error: outputContext.error });
        if (deprecatedCallback) {
          helpInformation = deprecatedCallback(helpInformation);
          if (typeof helpInformation !== "string" && !Buffer.isBuffer(helpInformation)) {
            throw new Error("outputHelp callback must return a string or a Buffer");
          }
        }
        outputContext.write(helpInformation);
        if (this._getHelpOption()?.long) {
          this.emit(this._getHelpOption().long);
        }
        this.emit("afterHelp", eventContext);
        this._getCommandAndAncestors().forEach(
          (command) => command.emit("afterAllHelp", eventContext)
        );
      }
      /**
       * You can pass in flags and a description to customise the built-in help option.
       * Pass in false to disable the built-in help option.
       *
       * @example
       * program.helpOption('-?, --help' 'show help'); // customise
       * program.helpOption(false); // disable
       *
       * @param {(string | boolean)} flags
       * @param {string} [description]
       * @return {Command} `this` command for chaining
       */
      helpOption(flags, description) {
        if (typeof flags === "boolean") {
          if (flags) {
            if (this._helpOption === null) this._helpOption = void 0;
            if (this._defaultOptionGroup) {
              this._initOptionGroup(this._getHelpOption());
            }
          } else {
            this._helpOption = null;
          }
          return this;
        }
        this._helpOption = this.createOption(
          flags ?? "-h, --help",
          description ?? "display help for command"
        );
        if (flags || description) this._initOptionGroup(this._helpOption);
        return this;
      }
      /**
       * Lazy create help option.
       * Returns null if has been disabled with .helpOption(false).
       *
       * @returns {(Option | null)} the help option
       * @package
       */
      _getHelpOption() {
        if (this._helpOption === void 0) {
          this.helpOption(void 0, void 0);
        }
        return this._helpOption;
      }
      /**
       * Supply your own option to use for the built-in help option.
       * This is an alternative to using helpOption() to customise the flags and description etc.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addHelpOption(option) {
        this._helpOption = option;
        this._initOptionGroup(option);
        return this;
      }
      /**
       * Output help information and exit.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      help(contextOptions) {
        this.outputHelp(contextOptions);
        let exitCode = Number(process2.exitCode ?? 0);
        if (exitCode === 0 && contextOptions && typeof contextOptions !== "function" && contextOptions.error) {
          exitCode = 1;
        }
        this._exit(exitCode, "commander.help", "(outputHelp)");
      }
      /**
       * // Do a little typing to coordinate emit and listener for the help text events.
       * @typedef HelpTextEventContext
       * @type {object}
       * @property {boolean} error
       * @property {Command} command
       * @property {function} write
       */
      /**
       * Add additional text to be displayed with the built-in help.
       *
       * Position is 'before' or 'after' to affect just this command,
       * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
       *
       * @param {string} position - before or after built-in help
       * @param {(string | Function)} text - string to add, or a function returning a string
       * @return {Command} `this` command for chaining
       */
      addHelpText(position, text) {
        const allowedValues = ["beforeAll", "before", "after", "afterAll"];
        if (!allowedValues.includes(position)) {
          throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        const helpEvent = `${position}Help`;
        this.on(helpEvent, (context) => {
          let helpStr;
          if (typeof text === "function") {
            helpStr = text({ error: context.error, command: context.command });
          } else {
            helpStr = text;
          }
          if (helpStr) {
            context.write(`${helpStr}
`);
          }
        });
        return this;
      }
      /**
       * Output help information if help flags specified
       *
       * @param {Array} args - array of options to search for help flags
       * @private
       */
      _outputHelpIfRequested(args) {
        const helpOption = this._getHelpOption();
        const helpRequested = helpOption && args.find((arg) => helpOption.is(arg));
        if (helpRequested) {
          this.outputHelp();
          this._exit(0, "commander.helpDisplayed", "(outputHelp)");
        }
      }
    };
    function incrementNodeInspectorPort(args) {
      return args.map((arg) => {
        if (!arg.startsWith("--inspect")) {
          return arg;
        }
        let debugOption;
        let debugHost = "127.0.0.1";
        let debugPort = "9229";
        let match;
        if ((match = arg.match(/^(--inspect(-brk)?)$/)) !== null) {
          debugOption = match[1];
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null) {
          debugOption = match[1];
          if (/^\d+$/.test(match[3])) {
            debugPort = match[3];
          } else {
            debugHost = match[3];
          }
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null) {
          debugOption = match[1];
          debugHost = match[3];
          debugPort = match[4];
        }
        if (debugOption && debugPort !== "0") {
          return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
        }
        return arg;
      });
    }
    function useColor() {
      if (process2.env.NO_COLOR || process2.env.FORCE_COLOR === "0" || process2.env.FORCE_COLOR === "false")
        return false;
      if (process2.env.FORCE_COLOR || process2.env.CLICOLOR_FORCE !== void 0)
        return true;
      return void 0;
    }
    exports2.Command = Command2;
    exports2.useColor = useColor;
  }
});

// node_modules/commander/index.js
var require_commander = __commonJS({
  "node_modules/commander/index.js"(exports2) {
    "use strict";
    var { Argument: Argument2 } = require_argument();
    var { Command: Command2 } = require_command();
    var { CommanderError: CommanderError2, InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var { Help: Help2 } = require_help();
    var { Option: Option2 } = require_option();
    exports2.program = new Command2();
    exports2.createCommand = (name) => new Command2(name);
    exports2.createOption = (flags, description) => new Option2(flags, description);
    exports2.createArgument = (name, description) => new Argument2(name, description);
    exports2.Command = Command2;
    exports2.Option = Option2;
    exports2.Argument = Argument2;
    exports2.Help = Help2;
    exports2.CommanderError = CommanderError2;
    exports2.InvalidArgumentError = InvalidArgumentError2;
    exports2.InvalidOptionArgumentError = InvalidArgumentError2;
  }
});

// src/data/positional.ts
function readAt(fd, buffer, position) {
  let done = 0;
  while (done < buffer.byteLength) {
    const n = (0, import_node_fs2.readSync)(fd, buffer, done, buffer.byteLength - done, position + done);
    if (n <= 0) break;
    done += n;
  }
  return done;
}
var import_node_fs2;
var init_positional = __esm({
  "src/data/positional.ts"() {
    "use strict";
    import_node_fs2 = require("fs");
  }
});

// src/data/column.ts
function packPostings(size, pairs) {
  const offsets = new Uint32Array(size + 1);
  pairs((id) => {
    offsets[id + 1] = offsets[id + 1] + 1;
  });
  for (let id = 0; id < size; id++) offsets[id + 1] = offsets[id + 1] + offsets[id];
  const values = new Uint32Array(offsets[size]);
  const filled = offsets.slice(0, size);
  pairs((id, value) => {
    values[filled[id]] = value;
    filled[id] = filled[id] + 1;
  });
  return { values, offsets };
}
var import_node_fs5, MemoryU32Column, MemoryTextColumn, SPILL_BUFFER, IN_MEMORY;
var init_column = __esm({
  "src/data/column.ts"() {
    "use strict";
    import_node_fs5 = require("fs");
    init_positional();
    MemoryU32Column = class {
      kind = "u32";
      spilled = false;
      data = new Uint32Array(1024);
      length = 0;
      push(value) {
        if (this.length === this.data.length) {
          const bigger = new Uint32Array(this.data.length * 2);
          bigger.set(this.data);
          this.data = bigger;
        }
        this.data[this.length++] = value;
      }
      forEach(each) {
        for (let i = 0; i < this.length; i++) each(this.data[i], i);
      }
      /** The values, as a view (not a copy). */
      values() {
        return this.data.subarray(0, this.length);
      }
      discard() {
      }
    };
    MemoryTextColumn = class {
      kind = "utf8";
      spilled = false;
      parts = [];
      length = 0;
      append(text) {
        this.parts.push(text);
        this.length += Buffer.byteLength(text);
      }
      text() {
        return this.parts.join("");
      }
      discard() {
      }
    };
    SPILL_BUFFER = 1 << 18;
    IN_MEMORY = {
      u32: () => new MemoryU32Column(),
      text: () => new MemoryTextColumn()
    };
  }
});

// src/data/store.ts
function storeFromDataset(data, place = () => NOWHERE) {
  const sourceIndex = new Map(data.sources.map((s, i) => [s.id, i]));
  let bySource;
  let byId;
  const record = (i) => data.records[i];
  return {
    recordCount: data.records.length,
    id: (i) => record(i).id,
    indexOf: (id) => (byId ??= new Map(data.records.map((r, i) => [r.id, i]))).get(id) ?? -1,
    kind: (i) => record(i).kind,
    speaker: (i) => record(i).speaker,
    sourceIndex: (i) => sourceIndex.get(record(i).source) ?? -1,
    span: (i) => record(i).span,
    text: (i) => record(i).text,
    cue: (i) => record(i).cue?.text ?? "",
    scanTexts: () => {
    },
    record,
    entities: data.entities,
    entityById: data.entityById,
    sources: data.sources.map(({ text: _text, ...info }) => info),
    sourceIds: data.sources.map((s) => s.id),
    sourceText: (index) => data.sources[index].text,
    source: (index) => data.sources[index],
    recordsOfSource: (index) => {
      bySource ??= groupBySource(data.records.length, (i) => sourceIndex.get(record(i).source) ?? -1, data.sources.length);
      return bySource[index] ?? [];
    },
    place
  };
}
function groupBySource(count, sourceOf, sources) {
  const groups = Array.from({ length: sources }, () => []);
  for (let i = 0; i < count; i++) groups[sourceOf(i)]?.push(i);
  return groups;
}
function oncePerStore(make) {
  const made = /* @__PURE__ */ new WeakMap();
  return (store) => {
    let value = made.get(store);
    if (!value) made.set(store, value = make(store));
    return value;
  };
}
var NOWHERE;
var init_store = __esm({
  "src/data/store.ts"() {
    "use strict";
    init_column();
    NOWHERE = { read: () => void 0, write: () => {
    }, columns: () => IN_MEMORY, building: () => {
    } };
  }
});

// src/text/words.ts
function normalizeWord(word) {
  if (/^[a-z0-9]*$/.test(word)) return word;
  if (/^[A-Za-z0-9]*$/.test(word)) return word.toLowerCase();
  const folded = word.normalize("NFKD").replace(new RegExp("\\p{M}", "gu"), "").toLowerCase();
  return folded.replace(/['’ʼ]/g, "'");
}
function normalizeCached(word) {
  let norm = known.get(word);
  if (norm === void 0) {
    if (known.size > 5e5) known.clear();
    norm = normalizeWord(word);
    known.set(word, norm);
  }
  return norm;
}
function isWordUnit(code, text, i) {
  if (code < 128) return code >= 97 && code <= 122 || code >= 65 && code <= 90 || code >= 48 && code <= 57;
  if (code >= 55296 && code <= 56319) return letterOrDigit.test(text.slice(i, i + 2));
  if (code >= 56320 && code <= 57343) return letterOrDigit.test(text.slice(i - 1, i + 1));
  let known2 = wideCache.get(code);
  if (known2 === void 0) wideCache.set(code, known2 = letterOrDigit.test(String.fromCharCode(code)));
  return known2;
}
function tokenize(text) {
  const out = [];
  const scanner = new WordScanner(text);
  while (scanner.next()) out.push({ norm: scanner.norm, start: scanner.start, end: scanner.end });
  return out;
}
function countWords(text) {
  const scanner = new WordScanner(text);
  let n = 0;
  while (scanner.next(false)) n++;
  return n;
}
function editDistance(a, b, max = Infinity) {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (rows[0].length <= b.length) rows = [0, 1, 2].map(() => new Int32Array(2 * (b.length + 1)));
  let [prev2, prev, row] = rows;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const bj = b.charCodeAt(j - 1);
      const cost = ai === bj ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) d = Math.min(d, prev2[j - 2] + 1);
      row[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    const free = prev2;
    prev2 = prev;
    prev = row;
    row = free;
  }
  return prev[b.length];
}
function allowedEdits(length) {
  return length <= 3 ? 0 : length <= 6 ? 1 : 2;
}
function wordSimilarity(query, word) {
  if (query === word) return 1;
  const max = allowedEdits(query.length);
  if (query.length >= 4 && word.startsWith(query)) return word.length - query.length <= 3 ? 0.9 : 0.8;
  if (max === 0) return 0;
  const d = editDistance(query, word, max);
  return d <= max ? 1 - 0.1 * d : 0;
}
var known, letterOrDigitPattern, letterOrDigit, wideCache, isApostrophe, WordScanner, rows;
var init_words = __esm({
  "src/text/words.ts"() {
    "use strict";
    known = /* @__PURE__ */ new Map();
    letterOrDigit = { test: (s) => (letterOrDigitPattern ??= /[\p{L}\p{N}\p{M}]/u).test(s) };
    wideCache = /* @__PURE__ */ new Map();
    isApostrophe = (code) => code === 39 || code === 8217 || code === 700;
    WordScanner = class {
      constructor(text) {
        this.text = text;
      }
      text;
      /** The comparable form of the current word. */
      norm = "";
      start = 0;
      end = 0;
      /** The current word is lower-case ASCII letters and digits: its text is its comparable form. */
      plain = true;
      at = 0;
      /** Moves to the next word; false at the end. With `withNorm` false, only the offsets are set. */
      next(withNorm = true) {
        const text = this.text;
        const n = text.length;
        let i = this.at;
        while (i < n && !isWordUnit(text.charCodeAt(i), text, i)) i++;
        if (i >= n) {
          this.at = n;
          return false;
        }
        const start = i;
        let plain = true;
        while (i < n) {
          const code = text.charCodeAt(i);
          if (isWordUnit(code, text, i)) {
            if (code < 48 || code > 122 || code > 57 && code < 97) plain = false;
            i++;
          } else if (isApostrophe(code) && i + 1 < n && isWordUnit(text.charCodeAt(i + 1), text, i + 1)) {
            plain = false;
            i += 2;
          } else break;
        }
        this.start = start;
        this.end = i;
        this.at = i;
        this.plain = plain;
        if (withNorm) {
          const word = text.slice(start, i);
          this.norm = plain ? word : normalizeCached(word);
        }
        return true;
      }
    };
    rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];
  }
});

// src/text/word-ids.ts
function ownCopy(word) {
  return Buffer.from(word, "latin1").toString("latin1");
}
var WordIds;
var init_word_ids = __esm({
  "src/text/word-ids.ts"() {
    "use strict";
    WordIds = class {
      words = [];
      slots = new Int32Array(1 << 16).fill(-1);
      /** The id of the text's characters [start, end), a plain word. */
      plainId(text, start, end) {
        let hash = 2166136261;
        for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
        const length = end - start;
        const mask = this.slots.length - 1;
        for (let slot = hash & mask; ; slot = slot + 1 & mask) {
          const id = this.slots[slot];
          if (id < 0) return this.insert(slot, start === 0 && end === text.length ? text : ownCopy(text.slice(start, end)));
          const word = this.words[id];
          if (word.length === length && text.startsWith(word, start)) return id;
        }
      }
      /** The id of a word given as a string. */
      id(word) {
        return this.plainId(word, 0, word.length);
      }
      insert(slot, word) {
        const id = this.words.push(word) - 1;
        this.slots[slot] = id;
        if (this.words.length * 2 > this.slots.length) this.grow();
        return id;
      }
      grow() {
        const old = this.words;
        this.slots = new Int32Array(this.slots.length * 2).fill(-1);
        const mask = this.slots.length - 1;
        old.forEach((word, id) => {
          let hash = 2166136261;
          for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 16777619);
          let slot = hash & mask;
          while (this.slots[slot] >= 0) slot = slot + 1 & mask;
          this.slots[slot] = id;
        });
      }
    };
  }
});

// src/verify/corpus.ts
function lastAtMost(sorted, value, stride = 1) {
  let lo = 0;
  let hi = sorted.length / stride - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    if (sorted[mid * stride] <= value) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
function runLookups(paragraphStarts, bracketRuns) {
  const insertionStarts = Uint32Array.from({ length: bracketRuns.length / 3 }, (_, r) => bracketRuns[r * 3]);
  return {
    paragraph: (p) => lastAtMost(paragraphStarts, p),
    bracket: (p) => {
      const run = lastAtMost(bracketRuns, p, 3);
      return run >= 0 && p < bracketRuns[run * 3 + 1] ? bracketRuns[run * 3 + 2] : 0;
    },
    insertionStarts: () => insertionStarts
  };
}
function corpusFromColumns(c) {
  const column = (values) => {
    if (!values.values) throw new Error("a corpus in memory needs its columns in memory");
    return values.values();
  };
  const [words, starts, ends] = [column(c.words), column(c.starts), column(c.ends)];
  return {
    vocab: new Map(c.vocab.map((w, i) => [w, i])),
    length: words.length,
    word: (p) => words[p],
    range: (from, to) => words.subarray(from, to),
    start: (p) => starts[p],
    end: (p) => ends[p],
    ...runLookups(c.paragraphStarts, c.bracketRuns),
    postings: (id) => id >= 0 && id < c.vocab.length ? c.postings.subarray(c.offsets[id], c.offsets[id + 1]) : new Uint32Array(0),
    sourceStarts: c.sourceStarts,
    sourceIds: c.sourceIds
  };
}
function buildCorpus(data, columns = IN_MEMORY) {
  const sources = "sources" in data ? { count: data.sources.length, id: (i) => data.sources[i].id, text: (i) => data.sources[i].text } : data;
  const ids = new WordIds();
  const words = columns.u32();
  const starts = columns.u32();
  const ends = columns.u32();
  const paragraphStarts = [];
  const bracketRuns = [];
  const sourceStarts = new Uint32Array(sources.count + 1);
  const sourceIds = [];
  let k = 0;
  let groupBase = 0;
  for (let s = 0; s < sources.count; s++) {
    sourceStarts[s] = k;
    sourceIds.push(sources.id(s));
    const text = sources.text(s);
    let paragraphOpen = false;
    const insertions = [...text.matchAll(/\[[^\]\n]*\]/g)].map((m) => [m.index, m.index + m[0].length]);
    const breaks = [...text.matchAll(/\n[ \t]*\n/g)].map((m) => m.index);
    let nextBreak = 0;
    let nextBracket = 0;
    const scanner = new WordScanner(text);
    while (scanner.next(false)) {
      const { start, end } = scanner;
      while (nextBreak < breaks.length && breaks[nextBreak] < start) {
        paragraphOpen = false;
        nextBreak++;
      }
      if (!paragraphOpen) {
        paragraphStarts.push(k);
        paragraphOpen = true;
      }
      const id = scanner.plain ? ids.plainId(text, start, end) : ids.id(normalizeWord(text.slice(start, end)));
      words.push(id);
      starts.push(start);
      ends.push(end);
      while (nextBracket < insertions.length && insertions[nextBracket][1] <= start) nextBracket++;
      const insertion = insertions[nextBracket];
      if (insertion && start > insertion[0] && end < insertion[1]) {
        const group = groupBase + nextBracket + 1;
        const last = bracketRuns.length - 3;
        if (last >= 0 && bracketRuns[last + 2] === group && bracketRuns[last + 1] === k) bracketRuns[last + 1] = k + 1;
        else bracketRuns.push(k, k + 1, group);
      }
      k++;
    }
    groupBase += insertions.length;
  }
  sourceStarts[sources.count] = k;
  const { values: postings, offsets } = packPostings(ids.words.length, (each) => words.forEach(each));
  return { vocab: ids.words, words, starts, ends, paragraphStarts: Uint32Array.from(paragraphStarts), bracketRuns: Uint32Array.from(bracketRuns), sourceStarts, postings, offsets, sourceIds };
}
var init_corpus = __esm({
  "src/verify/corpus.ts"() {
    "use strict";
    init_column();
    init_word_ids();
    init_words();
  }
});

// src/verify/stored.ts
var stored_exports = {};
__export(stored_exports, {
  corpusOf: () => corpusOf
});
async function openOrBuild2(store) {
  const place = store.place("corpus");
  const file = place.read();
  if (file && file.meta.format === CORPUS_FORMAT) return lazyCorpus(file);
  place.building("the word positions verify needs");
  const sources = { count: store.sourceIds.length, id: (i) => store.sourceIds[i], text: (i) => store.sourceText(i) };
  const columns = buildCorpus(sources, place.columns());
  const inMemory = !columns.words.spilled;
  place.write({ format: CORPUS_FORMAT, sourceIds: columns.sourceIds }, corpusSections(columns));
  if (inMemory) return corpusFromColumns(columns);
  const kept = place.read();
  return kept ? lazyCorpus(kept) : corpusFromColumns(buildCorpus(sources));
}
function corpusSections(corpus) {
  return {
    vocab: corpus.vocab.join("\n"),
    words: corpus.words,
    starts: corpus.starts,
    ends: corpus.ends,
    paragraphStarts: corpus.paragraphStarts,
    bracketRuns: corpus.bracketRuns,
    sourceStarts: corpus.sourceStarts,
    postings: corpus.postings,
    offsets: corpus.offsets
  };
}
function lazyCorpus(file) {
  const vocabWords = file.text("vocab").split("\n");
  const offsets = file.u32("offsets");
  const postings = /* @__PURE__ */ new Map();
  return {
    vocab: new Map(vocabWords.map((w, i) => [w, i])),
    length: file.u32Length("words"),
    word: (p) => file.u32At("words", p),
    range: (from, to) => file.u32Range("words", from, to),
    start: (p) => file.u32At("starts", p),
    end: (p) => file.u32At("ends", p),
    ...runLookups(file.u32("paragraphStarts"), file.u32("bracketRuns")),
    postings: (id) => {
      if (id < 0 || id >= offsets.length - 1) return new Uint32Array(0);
      let list = postings.get(id);
      if (!list) postings.set(id, list = file.u32Range("postings", offsets[id], offsets[id + 1]));
      return list;
    },
    sourceStarts: file.u32("sourceStarts"),
    sourceIds: file.meta.sourceIds
  };
}
var CORPUS_FORMAT, corpusOf;
var init_stored = __esm({
  "src/verify/stored.ts"() {
    "use strict";
    init_store();
    init_corpus();
    CORPUS_FORMAT = 1;
    corpusOf = oncePerStore(openOrBuild2);
  }
});

// src/cli.ts
var import_node_fs12 = require("fs");

// node_modules/commander/esm.mjs
var import_index = __toESM(require_commander(), 1);
var {
  program,
  createCommand,
  createArgument,
  createOption,
  CommanderError,
  InvalidArgumentError,
  InvalidOptionArgumentError,
  // deprecated old name
  Command,
  Argument,
  Option,
  Help
} = import_index.default;

// src/data/load.ts
var import_node_fs6 = require("fs");
var import_node_path2 = require("path");

// data/facts.json
var facts_default = {
  version: 1,
  sources: [
    {
      id: "macron-security-guarantees",
      title: "Macron on the security guarantees for Ukraine agreed by the coalition of the willing (descriptive title; the text has no headline)",
      publisher: null,
      url: null,
      published: null,
      language: "en",
      context: 'From other reporting, not stated in this text: the statements were made at the press conference after the "coalition of the willing" summit in Paris on 4 September 2025, where Macron stood with Zelenskyy; Trump had joined the leaders by phone.',
      text: `President of France Emmanuel Macron voiced a list of security guarantees for Ukraine agreed upon by the partners in the "coalition of the willing". In particular, 26 partner countries have agreed to deploy a military contingent in Ukraine, the politician said during a joint press conference with a Ukrainian colleague Volodymyr Zelenskyy.

"Today, this coalition of the willing has already drawn up a certain scheme of military and political involvement [of partners] in order to guarantee peace and security for Ukraine," Macron said.

According to him, the partners agreed to the following:

\u2192 first, in negotiations there can be no restrictions on the format or capabilities of the Ukrainian army ("this is what we are defending and will defend to the end");

\u2192 partners will contribute not only to the resilience of the Ukrainian army to new attacks, but also to deter Russian troops from any new attempts at aggression ("this is the most important and basic guarantee of security");

\u2192 secondly, Ukraine will receive a "reassurance force" (military contingent), which 26 partner countries have already agreed to provide, other countries "will determine their position in the future (there are 35 states in the "coalition");

\u2192 it is about involvement of the military on the ground, in the air or at sea, to "guarantee security for Ukrainians on the day after the ceasefire or after peace."

\u2192 these troops "will not wage any war against Russia"but they are intended to guarantee peace and "send a very clear strategic signal." the contingent will not be deployed on the front line, but "in geographical locations to be determined" and will aim to prevent any repeat aggression and guarantee Ukraine's security;

\u2192 Also, Ukraine and the "coalition" decided to take legal and political steps to implement these guarantees.

What's next?

Macron said that during a call with the US President Donald Trump the partners agreed that "In the coming days, we will summarize American support for these security guarantees".

"The United States has been involved at every stage of this process [of developing security guarantees]. Whether it was civilian involvement or military involvement, they were involved in the work. So, in the days to come, we will define this more clearly, but it is obvious that Canada, Asian partners, and Europeans will be involved in the guarantees," Macron summarized.`
    }
  ],
  entities: [
    {
      id: "macron",
      name: "Emmanuel Macron",
      type: "person",
      role: "President of France",
      aliases: [
        "Macron",
        "President of France Emmanuel Macron",
        "the politician",
        "him"
      ]
    },
    {
      id: "zelenskyy",
      name: "Volodymyr Zelenskyy",
      type: "person",
      role: null,
      aliases: [
        "Zelenskyy",
        "a Ukrainian colleague",
        "Zelensky",
        "Zelenskiy",
        "Zelenskyi",
        "Volodymyr Zelensky",
        "Volodymyr Zelenskiy"
      ]
    },
    {
      id: "trump",
      name: "Donald Trump",
      type: "person",
      role: "US President",
      aliases: [
        "Trump",
        "the US President",
        "the US President Donald Trump"
      ]
    },
    {
      id: "coalition-of-the-willing",
      name: "coalition of the willing",
      type: "group",
      role: null,
      aliases: [
        "coalition",
        "the coalition",
        "this coalition of the willing",
        "the partners",
        "partners"
      ]
    },
    {
      id: "reassurance-force",
      name: "reassurance force",
      type: "group",
      role: "military contingent for Ukraine",
      aliases: [
        "military contingent",
        "the contingent",
        "these troops"
      ]
    },
    {
      id: "ukrainian-army",
      name: "Ukrainian army",
      type: "organization",
      role: null,
      aliases: [
        "the Ukrainian army"
      ]
    },
    {
      id: "ukraine",
      name: "Ukraine",
      type: "country",
      role: null,
      aliases: [
        "Ukrainians",
        "Ukrainian"
      ]
    },
    {
      id: "france",
      name: "France",
      type: "country",
      role: null,
      aliases: []
    },
    {
      id: "russia",
      name: "Russia",
      type: "country",
      role: null,
      aliases: [
        "Russian"
      ]
    },
    {
      id: "united-states",
      name: "United States",
      type: "country",
      role: null,
      aliases: [
        "The United States",
        "US",
        "American"
      ]
    },
    {
      id: "canada",
      name: "Canada",
      type: "country",
      role: null,
      aliases: []
    },
    {
      id: "asian-partners",
      name: "Asian partners",
      type: "group",
      role: null,
      aliases: []
    },
    {
      id: "europeans",
      name: "Europeans",
      type: "group",
      role: null,
      aliases: []
    }
  ],
  records: [
    {
      id: "g1",
      kind: "guarantee",
      n: 1,
      title: "No limits on the Ukrainian army in negotiations",
      text: 'first, in negotiations there can be no restrictions on the format or capabilities of the Ukrainian army ("this is what we are defending and will defend to the end");',
      source: "macron-security-guarantees",
      span: {
        start: 597,
        end: 762
      },
      speaker: "macron",
      cue: {
        text: "According to him",
        span: {
          start: 538,
          end: 554
        }
      }
    },
    {
      id: "g2",
      kind: "guarantee",
      n: 2,
      title: "Resilience of the Ukrainian army and deterrence of Russia",
      text: 'partners will contribute not only to the resilience of the Ukrainian army to new attacks, but also to deter Russian troops from any new attempts at aggression ("this is the most important and basic guarantee of security");',
      source: "macron-security-guarantees",
      span: {
        start: 766,
        end: 988
      },
      speaker: "macron",
      cue: {
        text: "According to him",
        span: {
          start: 538,
          end: 554
        }
      }
    },
    {
      id: "g3",
      kind: "guarantee",
      n: 3,
      title: "A reassurance force for Ukraine",
      text: 'secondly, Ukraine will receive a "reassurance force" (military contingent), which 26 partner countries have already agreed to provide, other countries "will determine their position in the future (there are 35 states in the "coalition");',
      source: "macron-security-guarantees",
      span: {
        start: 992,
        end: 1229
      },
      speaker: "macron",
      cue: {
        text: "According to him",
        span: {
          start: 538,
          end: 554
        }
      }
    },
    {
      id: "g4",
      kind: "guarantee",
      n: 4,
      title: "Military involvement on the ground, in the air or at sea",
      text: 'it is about involvement of the military on the ground, in the air or at sea, to "guarantee security for Ukrainians on the day after the ceasefire or after peace."',
      source: "macron-security-guarantees",
      span: {
        start: 1233,
        end: 1395
      },
      speaker: "macron",
      cue: {
        text: "According to him",
        span: {
          start: 538,
          end: 554
        }
      }
    },
    {
      id: "g5",
      kind: "guarantee",
      n: 5,
      title: "Troops to keep the peace, away from the front line",
      text: `these troops "will not wage any war against Russia"but they are intended to guarantee peace and "send a very clear strategic signal." the contingent will not be deployed on the front line, but "in geographical locations to be determined" and will aim to prevent any repeat aggression and guarantee Ukraine's security;`,
      source: "macron-security-guarantees",
      span: {
        start: 1399,
        end: 1716
      },
      speaker: "macron",
      cue: {
        text: "According to him",
        span: {
          start: 538,
          end: 554
        }
      }
    },
    {
      id: "g6",
      kind: "guarantee",
      n: 6,
      title: "Legal and political steps to implement the guarantees",
      text: 'Also, Ukraine and the "coalition" decided to take legal and political steps to implement these guarantees.',
      source: "macron-security-guarantees",
      span: {
        start: 1720,
        end: 1826
      },
      speaker: "macron",
      cue: {
        text: "According to him",
        span: {
          start: 538,
          end: 554
        }
      }
    },
    {
      id: "q1",
      kind: "quote",
      text: "Today, this coalition of the willing has already drawn up a certain scheme of military and political involvement [of partners] in order to guarantee peace and security for Ukraine,",
      source: "macron-security-guarantees",
      span: {
        start: 342,
        end: 522
      },
      speaker: "macron",
      cue: {
        text: "Macron said",
        span: {
          start: 524,
          end: 535
        }
      }
    },
    {
      id: "q2",
      kind: "quote",
      text: "this is what we are defending and will defend to the end",
      source: "macron-security-guarantees",
      span: {
        start: 703,
        end: 759
      },
      speaker: "macron",
      cue: {
        text: "According to him",
        span: {
          start: 538,
          end: 554
        }
      }
    },
    {
      id: "q3",
      kind: "quote",
      text: "this is the most important and basic guarantee of security",
      source: "macron-security-guarantees",
      span: {
        start: 927,
        end: 985
      },
      speaker: "macron",
      cue: {
        text: "According to him",
        span: {
          start: 538,
          end: 554
        }
      }
    },
    {
      id: "q4",
      kind: "quote",
      text: "reassurance force",
      source: "macron-security-guarantees",
      span: {
        start: 1026,
        end: 1043
      },
      speaker: "macron",
      cue: {
        text: "According to him",
        span: {
          start: 538,
          end: 554
        }
      }
    },
    {
      id: "q5",
      kind: "quote",
      text: 'will determine their position in the future (there are 35 states in the "coalition");',
      source: "macron-security-guarantees",
      span: {
        start: 1144,
        end: 1229
      },
      speaker: "macron",
      cue: {
        text: "According to him",
        span: {
          start: 538,
          end: 554
        }
      },
      unclosed: true
    },
    {
      id: "q6",
      kind: "quote",
      text: "coalition",
      source: "macron-security-guarantees",
      span: {
        start: 1217,
        end: 1226
      },
      speaker: "macron",
      cue: {
        text: "According to him",
        span: {
          start: 538,
          end: 554
        }
      },
      nested_in: "q5"
    },
    {
      id: "q7",
      kind: "quote",
      text: "guarantee security for Ukrainians on the day after the ceasefire or after peace.",
      source: "macron-security-guarantees",
      span: {
        start: 1314,
        end: 1394
      },
      speaker: "macron",
      cue: {
        text: "According to him",
        span: {
          start: 538,
          end: 554
        }
      }
    },
    {
      id: "q8",
      kind: "quote",
      text: "will not wage any war against Russia",
      source: "macron-security-guarantees",
      span: {
        start: 1413,
        end: 1449
      },
      speaker: "macron",
      cue: {
        text: "According to him",
        span: {
          start: 538,
          end: 554
        }
      }
    },
    {
      id: "q9",
      kind: "quote",
      text: "send a very clear strategic signal.",
      source: "macron-security-guarantees",
      span: {
        start: 1496,
        end: 1531
      },
      speaker: "macron",
      cue: {
        text: "According to him",
        span: {
          start: 538,
          end: 554
        }
      }
    },
    {
      id: "q10",
      kind: "quote",
      text: "in geographical locations to be determined",
      source: "macron-security-guarantees",
      span: {
        start: 1593,
        end: 1635
      },
      speaker: "macron",
      cue: {
        text: "According to him",
        span: {
          start: 538,
          end: 554
        }
      }
    },
    {
      id: "q11",
      kind: "quote",
      text: "In the coming days, we will summarize American support for these security guarantees",
      source: "macron-security-guarantees",
      span: {
        start: 1934,
        end: 2018
      },
      speaker: "macron",
      cue: {
        text: "Macron said that",
        span: {
          start: 1842,
          end: 1858
        }
      }
    },
    {
      id: "q12",
      kind: "quote",
      text: "The United States has been involved at every stage of this process [of developing security guarantees]. Whether it was civilian involvement or military involvement, they were involved in the work. So, in the days to come, we will define this more clearly, but it is obvious that Canada, Asian partners, and Europeans will be involved in the guarantees,",
      source: "macron-security-guarantees",
      span: {
        start: 2023,
        end: 2375
      },
      speaker: "macron",
      cue: {
        text: "Macron summarized",
        span: {
          start: 2377,
          end: 2394
        }
      }
    },
    {
      id: "n1",
      kind: "number",
      text: "26",
      source: "macron-security-guarantees",
      span: {
        start: 163,
        end: 165
      },
      speaker: "macron",
      cue: {
        text: "the politician said",
        span: {
          start: 240,
          end: 259
        }
      },
      value: 26,
      unit: "countries",
      about: "partner countries that have agreed to deploy a military contingent in Ukraine"
    },
    {
      id: "n2",
      kind: "number",
      text: "26",
      source: "macron-security-guarantees",
      span: {
        start: 1074,
        end: 1076
      },
      speaker: "macron",
      cue: {
        text: "According to him",
        span: {
          start: 538,
          end: 554
        }
      },
      value: 26,
      unit: "countries",
      about: "partner countries that have already agreed to provide the reassurance force"
    },
    {
      id: "n3",
      kind: "number",
      text: "35",
      source: "macron-security-guarantees",
      span: {
        start: 1199,
        end: 1201
      },
      speaker: "macron",
      cue: {
        text: "According to him",
        span: {
          start: 538,
          end: 554
        }
      },
      value: 35,
      unit: "states",
      about: "states in the coalition of the willing"
    },
    {
      id: "c1",
      kind: "claim",
      text: 'a list of security guarantees for Ukraine agreed upon by the partners in the "coalition of the willing"',
      source: "macron-security-guarantees",
      span: {
        start: 43,
        end: 146
      },
      speaker: "macron",
      cue: {
        text: "President of France Emmanuel Macron voiced",
        span: {
          start: 0,
          end: 42
        }
      }
    },
    {
      id: "c2",
      kind: "claim",
      text: "26 partner countries have agreed to deploy a military contingent in Ukraine",
      source: "macron-security-guarantees",
      span: {
        start: 163,
        end: 238
      },
      speaker: "macron",
      cue: {
        text: "the politician said",
        span: {
          start: 240,
          end: 259
        }
      }
    },
    {
      id: "c3",
      kind: "claim",
      text: "the partners agreed to the following:",
      source: "macron-security-guarantees",
      span: {
        start: 556,
        end: 593
      },
      speaker: "macron",
      cue: {
        text: "According to him",
        span: {
          start: 538,
          end: 554
        }
      }
    },
    {
      id: "c4",
      kind: "claim",
      text: 'during a call with the US President Donald Trump the partners agreed that "In the coming days, we will summarize American support for these security guarantees"',
      source: "macron-security-guarantees",
      span: {
        start: 1859,
        end: 2019
      },
      speaker: "macron",
      cue: {
        text: "Macron said that",
        span: {
          start: 1842,
          end: 1858
        }
      }
    }
  ]
};

// src/errors.ts
var ExitCode = { ok: 0, noMatch: 1, error: 2 };
var FACTS_ERROR = /* @__PURE__ */ Symbol.for("facts.error");
var DAMAGED_FILE = /* @__PURE__ */ Symbol.for("facts.damaged-file");
function isDamagedFile(error) {
  return typeof error === "object" && error !== null && error[DAMAGED_FILE] === true;
}
function isFactsError(error) {
  return typeof error === "object" && error !== null && error[FACTS_ERROR] === true;
}
var FactsError = class extends Error {
  constructor(message, exitCode = ExitCode.error, details = []) {
    super(message);
    this.exitCode = exitCode;
    this.details = details;
    this.name = new.target.name;
  }
  exitCode;
  details;
  [FACTS_ERROR] = true;
  /** The lines to print on stderr, each prefixed with the program name. */
  lines() {
    return [this.message, ...this.details];
  }
};
var UsageError = class extends FactsError {
  constructor(message) {
    super(message, ExitCode.error);
  }
};
var DataError = class extends FactsError {
  constructor(problems) {
    super(problems[0] ?? "invalid dataset", ExitCode.error, problems.slice(1));
  }
};
var InputError = class extends FactsError {
  constructor(message) {
    super(message, ExitCode.error);
  }
};
var NotFoundError = class extends FactsError {
  constructor(message) {
    super(message, ExitCode.noMatch);
  }
};

// src/data/stamp.ts
var import_node_fs = require("fs");
function stampOf(path, fd) {
  const info = fd === void 0 ? (0, import_node_fs.statSync)(path, { bigint: true }) : (0, import_node_fs.fstatSync)(fd, { bigint: true });
  if (info.isDirectory()) throw Object.assign(new Error("directory"), { code: "EISDIR" });
  return { path, dev: String(info.dev), ino: String(info.ino), size: Number(info.size), mtimeNs: String(info.mtimeNs), ctimeNs: String(info.ctimeNs) };
}
function sameStamp(a, b) {
  return a.path === b.path && a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs && a.ctimeNs === b.ctimeNs;
}

// src/data/bytes.ts
var import_node_fs3 = require("fs");

// src/data/structure.ts
var MAX_DEPTH = 64;
var QUOTE = 34;
var BACKSLASH = 92;
var OPEN = -1;
var OPEN_ESCAPED = -2;
function closingQuote(bytes, from) {
  for (let i = from; ; ) {
    const q = bytes.indexOf(QUOTE, i);
    const stop = q < 0 ? bytes.length : q;
    let backslashes = 0;
    while (stop - 1 - backslashes >= i && bytes[stop - 1 - backslashes] === BACKSLASH) backslashes++;
    if (q < 0) return backslashes % 2 === 1 ? OPEN_ESCAPED : OPEN;
    if (backslashes % 2 === 0) return q;
    i = q + 1;
  }
}
var StructureChecker = class {
  /** The open brackets, as their closing byte, innermost last. */
  open = new Uint8Array(MAX_DEPTH + 1);
  depth = 0;
  /** Where the string being read began, or -1 outside strings. */
  stringStart = -1;
  /** Whether the next byte is escaped (a backslash ended the last piece, in a string). */
  escaped = false;
  offset = 0;
  problem;
  /** A bracket closed the wrong thing: the JSON parser says where, and why, better; nothing more is checked. */
  handedOver = false;
  push(bytes) {
    const base = this.offset;
    this.offset += bytes.length;
    if (this.problem || this.handedOver) return;
    const n = bytes.length;
    const open = this.open;
    let i = 0;
    while (i < n) {
      if (this.stringStart >= 0) {
        const at = this.escaped ? i + 1 : i;
        this.escaped = false;
        const q = closingQuote(bytes, at);
        if (q < 0) {
          this.escaped = q === OPEN_ESCAPED;
          return;
        }
        this.stringStart = -1;
        i = q + 1;
        continue;
      }
      const c = bytes[i];
      if (c === QUOTE) {
        this.stringStart = base + i;
      } else if (c === 123 || c === 91) {
        if (this.depth === MAX_DEPTH) {
          this.problem = { offset: base + i, reason: `nested more than ${MAX_DEPTH} levels deep` };
          return;
        }
        open[this.depth++] = c === 123 ? 125 : 93;
      } else if (c === 125 || c === 93) {
        if (this.depth === 0 || open[this.depth - 1] !== c) {
          this.handedOver = true;
          return;
        }
        this.depth--;
      }
      i++;
    }
  }
  /** A problem found in the pieces pushed so far (not the file's end: it may not have come). */
  get found() {
    return this.problem;
  }
  /** The first problem of all the pieces pushed, or undefined. */
  end() {
    if (this.problem || this.handedOver) return this.problem;
    if (this.stringStart >= 0) return { offset: this.stringStart, reason: "a string that never ends (the file is cut short?)" };
    if (this.depth > 0) return { offset: this.offset, reason: `the file ends inside ${this.depth === 1 ? "a bracket" : `${this.depth} brackets`} (it is cut short?)` };
    return void 0;
  }
};

// src/data/layout.ts
var LISTS = ["sources", "entities", "records"];
var Ranges = class {
  data = new Float64Array(64);
  length = 0;
  push(start, end) {
    if (2 * this.length === this.data.length) {
      const bigger = new Float64Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[2 * this.length] = start;
    this.data[2 * this.length + 1] = end;
    this.length++;
  }
  at(i) {
    return { start: this.data[2 * i], end: this.data[2 * i + 1] };
  }
  forEach(each) {
    for (let i = 0; i < this.length; i++) each(this.at(i), i);
  }
  map(each) {
    const out = [];
    this.forEach((range, i) => out.push(each(range, i)));
    return out;
  }
};
var SPACE = new Uint8Array(256);
for (const c of [32, 9, 10, 13]) SPACE[c] = 1;
var SCALAR_END = new Uint8Array(256);
for (const c of [32, 9, 10, 13, 44, 125, 93]) SCALAR_END[c] = 1;
var QUOTE2 = 34;
var QUOTE_BYTE = Buffer.from('"');
var START = 0;
var BOM = 1;
var FIRST_KEY = 2;
var KEY = 3;
var IN_KEY = 4;
var COLON = 5;
var VALUE = 6;
var AFTER_VALUE = 7;
var FIRST_ELEMENT = 8;
var ELEMENT = 9;
var AFTER_ELEMENT = 10;
var END = 11;
var IN_VALUE = 12;
var FOUND = 13;
var STRING = 0;
var NESTED = 1;
var SCALAR = 2;
var LayoutScanner = class {
  state = START;
  offset = 0;
  layout = { values: /* @__PURE__ */ new Map(), elements: {} };
  problem;
  bomAt = 0;
  bomSeen = 0;
  /** The key being read, its bytes so far, and the last key read. */
  keyParts = [];
  key = "";
  /** The list being read (its key's, when the value is an array), where it opened, and its elements. */
  list;
  listStart = 0;
  /** The value being moved past: its kind, where it began, its depth, and its strings' state. */
  kind = STRING;
  valueStart = 0;
  depth = 0;
  inString = false;
  escaped = false;
  push(bytes) {
    const base = this.offset;
    this.offset += bytes.length;
    const n = bytes.length;
    let i = 0;
    const found = (expected) => {
      this.problem = { offset: base + i, reason: `${expected}, found '${String.fromCharCode(bytes[i])}'` };
      this.state = FOUND;
    };
    while (i < n) {
      if (this.state === FOUND) return;
      if (this.state === IN_VALUE || this.state === IN_KEY) {
        i = this.moveThrough(bytes, i, base);
        continue;
      }
      const c = bytes[i];
      if (SPACE[c] && this.state !== BOM) {
        i++;
        continue;
      }
      switch (this.state) {
        case START:
          if (c === 239 && this.bomSeen === 0) {
            this.bomAt = base + i;
            this.bomSeen = 1;
            this.state = BOM;
          } else if (c === 123) this.state = FIRST_KEY;
          else return found("'{' (a dataset is a JSON object)");
          break;
        case BOM:
          if (this.bomSeen === 1 && c === 187 || this.bomSeen === 2 && c === 191) {
            this.bomSeen++;
            if (this.bomSeen === 3) this.state = START;
          } else {
            this.problem = { offset: this.bomAt, reason: `'{' (a dataset is a JSON object), found '${String.fromCharCode(239)}'` };
            this.state = FOUND;
            return;
          }
          break;
        case FIRST_KEY:
        case KEY:
          if (c === QUOTE2) {
            this.keyParts = [QUOTE_BYTE];
            this.state = IN_KEY;
            this.inString = true;
            this.escaped = false;
            this.valueStart = base + i;
          } else if (c === 125 && this.state === FIRST_KEY) this.state = END;
          else return found("a key in quotes");
          break;
        case COLON:
          if (c !== 58) return found("':' after a key");
          this.state = VALUE;
          break;
        case VALUE:
          if (LISTS.includes(this.key) && c === 91) {
            this.list = new Ranges();
            this.listStart = base + i;
            this.state = FIRST_ELEMENT;
            break;
          }
          this.list = void 0;
          this.beginValue(c, base + i);
          break;
        case AFTER_VALUE:
          if (c === 44) this.state = KEY;
          else if (c === 125) this.state = END;
          else return found("',' or '}' after a value");
          break;
        case FIRST_ELEMENT:
          if (c === 93) {
            this.endList(base + i + 1);
            break;
          }
          this.beginValue(c, base + i);
          break;
        case ELEMENT:
          this.beginValue(c, base + i);
          break;
        case AFTER_ELEMENT:
          if (c === 44) this.state = ELEMENT;
          else if (c === 93) this.endList(base + i + 1);
          else return found("',' or ']' after an element");
          break;
        case END:
          return found("the end of the file after the dataset");
      }
      if (this.state === IN_VALUE && this.kind === SCALAR) continue;
      i++;
    }
  }
  /** Starts moving past a value whose first byte is c, at `at`. */
  beginValue(c, at) {
    this.valueStart = at;
    this.state = IN_VALUE;
    this.depth = 0;
    this.inString = false;
    this.escaped = false;
    if (c === QUOTE2) {
      this.kind = STRING;
      this.inString = true;
    } else if (c === 123 || c === 91) {
      this.kind = NESTED;
      this.depth = 1;
    } else this.kind = SCALAR;
  }
  endList(at) {
    this.layout.elements[this.key] = this.list;
    this.layout.values.set(this.key, { start: this.listStart, end: at });
    this.list = void 0;
    this.state = AFTER_VALUE;
  }
  /** The value (or key) being moved past ends at `end`: where it goes, and what comes next. */
  endValue(end) {
    if (this.state === IN_KEY) {
      this.keyParts.push(QUOTE_BYTE);
      try {
        this.key = JSON.parse(Buffer.concat(this.keyParts).toString("utf8"));
      } catch {
        this.problem = { offset: this.valueStart, reason: `a key whose escapes are JSON's, found '"'` };
        this.state = FOUND;
        return;
      }
      this.keyParts = [];
      this.state = COLON;
      return;
    }
    if (this.list) {
      this.list.push(this.valueStart, end);
      this.state = AFTER_ELEMENT;
    } else {
      this.layout.values.set(this.key, { start: this.valueStart, end });
      this.state = AFTER_VALUE;
    }
  }
  /** Moves past the bytes of the value (or key) being read, from i; returns where it stopped. */
  moveThrough(bytes, i, base) {
    const n = bytes.length;
    if (this.kind === SCALAR && this.state === IN_VALUE) {
      while (i < n && !SCALAR_END[bytes[i]]) i++;
      if (i === n) return i;
      if (base + i === this.valueStart) {
        this.problem = { offset: base + i, reason: `a value, found '${String.fromCharCode(bytes[i])}'` };
        this.state = FOUND;
        return n;
      }
      this.endValue(base + i);
      return i;
    }
    while (i < n) {
      if (this.inString) {
        const at = this.escaped ? i + 1 : i;
        this.escaped = false;
        const q = closingQuote(bytes, Math.min(at, n));
        if (this.state === IN_KEY) this.keyParts.push(Buffer.from(bytes.subarray(i, q < 0 ? n : q)));
        if (q < 0) {
          this.escaped = q === OPEN_ESCAPED;
          return n;
        }
        i = q + 1;
        this.inString = false;
        if (this.kind === STRING || this.state === IN_KEY) {
          this.endValue(base + i);
          return i;
        }
        continue;
      }
      const c = bytes[i];
      if (c === QUOTE2) {
        this.inString = true;
      } else if (c === 123 || c === 91) {
        this.depth++;
      } else if (c === 125 || c === 93) {
        this.depth--;
        if (this.depth === 0) {
          this.endValue(base + i + 1);
          return i + 1;
        }
      }
      i++;
    }
    return i;
  }
  /** The first place where the pieces pushed so far are not a dataset, if there is one yet. */
  get found() {
    return this.problem;
  }
  /** The layout of all the pieces pushed, or the first place where they are not a dataset. */
  end() {
    if (this.problem) return this.problem;
    const atEnd = (expected) => ({ offset: this.offset, reason: `${expected}, found the end of the file` });
    switch (this.state) {
      case END:
        return this.layout;
      case START:
      case BOM:
        return atEnd("'{' (a dataset is a JSON object)");
      case FIRST_KEY:
      case KEY:
        return atEnd("a key in quotes");
      case COLON:
        return atEnd("':' after a key");
      case IN_KEY:
        return atEnd("a string that ends");
      case VALUE:
      case FIRST_ELEMENT:
      case ELEMENT:
        return atEnd("a value");
      case AFTER_VALUE:
        return atEnd("',' or '}' after a value");
      case AFTER_ELEMENT:
        return atEnd("',' or ']' after an element");
      default:
        if (this.kind === SCALAR) {
          this.endValue(this.offset);
          return this.end();
        }
        return this.kind === STRING || this.inString ? atEnd("a string that ends") : atEnd(`a closing '${this.depth > 0 ? "}" : "]"}'`);
    }
  }
};
function isLayoutProblem(x) {
  return "reason" in x;
}

// src/data/bytes.ts
init_positional();
var PIECE = 1 << 20;
var WINDOW = 1 << 20;
var FileBytes = class _FileBytes {
  constructor(fd, size, name) {
    this.fd = fd;
    this.size = size;
    this.name = name;
  }
  fd;
  size;
  name;
  window;
  windowStart = 0;
  windowLength = 0;
  /** Opens a file (the caller closes it); fs errors are thrown as they come. */
  static open(path, name) {
    const fd = (0, import_node_fs3.openSync)(path, "r");
    try {
      return new _FileBytes(fd, (0, import_node_fs3.fstatSync)(fd).size, name);
    } catch (error) {
      (0, import_node_fs3.closeSync)(fd);
      throw error;
    }
  }
  readInto(buffer, at) {
    if (readAt(this.fd, buffer, at) !== buffer.byteLength) throw new DataError([`${this.name}: changed while it was being read; run the command again`]);
  }
  read(start, end) {
    if (this.window && start >= this.windowStart && end <= this.windowStart + this.windowLength) return this.window.subarray(start - this.windowStart, end - this.windowStart);
    if (end - start > WINDOW) return this.readAside(start, end);
    this.window ??= Buffer.allocUnsafe(Math.min(WINDOW, this.size));
    this.windowStart = start;
    this.windowLength = Math.min(WINDOW, this.size - start);
    this.readInto(this.window.subarray(0, this.windowLength), start);
    return this.window.subarray(0, end - start);
  }
  readAside(start, end) {
    const bytes = Buffer.allocUnsafe(end - start);
    this.readInto(bytes, start);
    return bytes;
  }
  forEachPiece(each) {
    const piece = Buffer.allocUnsafe(Math.min(PIECE, Math.max(this.size, 1)));
    for (let at = 0; at < this.size; at += PIECE) {
      const part = piece.subarray(0, Math.min(PIECE, this.size - at));
      this.readInto(part, at);
      if (each(part, at) === false) return;
    }
  }
  close() {
    (0, import_node_fs3.closeSync)(this.fd);
  }
};
function scanBytes(bytes, name) {
  const structure = new StructureChecker();
  const layout = new LayoutScanner();
  bytes.forEachPiece((piece) => {
    structure.push(piece);
    layout.push(piece);
    return layout.found === void 0;
  });
  const where = (offset) => {
    const { line, column } = lineAndColumnIn(bytes, offset);
    return `${name}:${line}:${column}`;
  };
  const misplaced = layout.found;
  const broken = misplaced ? structure.found : structure.end();
  if (broken && (!misplaced || broken.offset <= misplaced.offset)) return { problem: `${where(broken.offset)}: invalid JSON: ${broken.reason}` };
  const found = layout.end();
  if (isLayoutProblem(found)) return { problem: `${where(found.offset)}: invalid JSON: expected ${found.reason}` };
  return { layout: found };
}
function lineAndColumnIn(bytes, offset) {
  let line = 1;
  let column = 1;
  bytes.forEachPiece((piece, at) => {
    const stop = Math.min(piece.byteLength, offset - at);
    let lineStart = 0;
    for (let i = piece.indexOf(10); i >= 0 && i < stop; i = piece.indexOf(10, i + 1)) {
      line++;
      column = 1;
      lineStart = i + 1;
    }
    for (let i = lineStart; i < stop; i++) if ((piece[i] & 192) !== 128) column++;
    return at + piece.byteLength < offset;
  });
  return { line, column };
}

// src/library/folder.ts
var import_node_fs4 = require("fs");
var import_node_os = require("os");
var import_node_path = require("path");

// src/text/sanitize.ts
var UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
var named = { "	": "\\t", "\n": "\\n", "\r": "\\r" };
function visible(char) {
  const named_ = named[char];
  if (named_) return named_;
  const code = char.charCodeAt(0);
  return code < 256 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}
function escapeForTerminal(text) {
  return text.replace(UNSAFE_CHARS, visible);
}
var TSV_SPECIAL = /[\\\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
function escapeTsvField(text) {
  if (!TSV_SPECIAL.test(text)) return text;
  return text.replace(/\\/g, "\\\\").replace(UNSAFE_CHARS, visible);
}
function escapeJsonText(json) {
  return json.replace(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

// src/library/folder.ts
function libraryFolder(env, cwd) {
  if (env.FACTS_LIBRARY) return (0, import_node_path.resolve)(cwd, env.FACTS_LIBRARY);
  const data = env.XDG_DATA_HOME && env.XDG_DATA_HOME.startsWith("/") ? env.XDG_DATA_HOME : (0, import_node_path.join)(env.HOME || (0, import_node_os.homedir)(), ".local", "share");
  return (0, import_node_path.join)(data, "facts", "library");
}
function leftOutWarning(problem) {
  return `facts: warning: left out of the library: ${escapeForTerminal(problem)}
`;
}
function entryPath(folder, id) {
  return (0, import_node_path.join)(folder, `${id}.json`);
}
function listLibrary(folder) {
  let names;
  try {
    names = (0, import_node_fs4.readdirSync)(folder);
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT") return { files: [] };
    return { files: [], problem: `${folder}: cannot read the library folder: ${code === "ENOTDIR" ? "not a folder" : code === "EACCES" || code === "EPERM" ? "permission denied" : code ?? String(error)}` };
  }
  const files = names.filter((name) => name.endsWith(".json") && !name.startsWith(".")).sort();
  return { files: files.map((name) => (0, import_node_path.join)(folder, name)) };
}

// src/data/dataset.ts
function indexDataset(files) {
  const sources = files.flatMap((f) => f.sources);
  const entities = files.flatMap((f) => f.entities);
  const records = files.flatMap((f) => f.records);
  return {
    sources,
    entities,
    records,
    sourceById: new Map(sources.map((s) => [s.id, s])),
    entityById: new Map(entities.map((e) => [e.id, e]))
  };
}

// src/data/load.ts
init_store();
function loadBundledDataset() {
  return indexDataset([facts_default]);
}
async function loadDataset(paths, cwd) {
  if (paths.length === 0) return loadBundledDataset();
  const { validateFiles } = await Promise.resolve().then(() => __toESM(require("./validate.cjs")));
  const records = [];
  const result = withFiles(paths, cwd, (files) => validateFiles(files, (record) => records.push(record)));
  if (!result.ok) throw new DataError(result.problems);
  return indexDataset([{ version: 1, sources: result.value.sources, entities: result.value.entities, records }]);
}
var MAX_FILE_SIZE = 2 ** 32 - 1;
var TOO_LARGE = "too large: facts reads a dataset file of up to 4 GiB (split it, and name each part with --data)";
function withFiles(paths, cwd, use) {
  const files = [];
  const opened = [];
  const problems = [];
  try {
    for (const file of paths) {
      let bytes;
      try {
        bytes = FileBytes.open((0, import_node_path2.resolve)(cwd, file), file);
      } catch (error) {
        problems.push(`${file}: cannot read: ${describeFsError(error)}`);
        continue;
      }
      opened.push(bytes);
      if (bytes.size > MAX_FILE_SIZE) {
        problems.push(`${file}: cannot read: ${TOO_LARGE}`);
        continue;
      }
      const scanned = scanBytes(bytes, file);
      if ("problem" in scanned) problems.push(scanned.problem);
      else files.push({ file, bytes, layout: scanned.layout });
    }
    if (problems.length > 0) throw new DataError(problems);
    return use(files);
  } finally {
    for (const bytes of opened) bytes.close();
  }
}
function bundledDataPath() {
  const near = (0, import_node_path2.resolve)(__dirname, "../data/facts.json");
  return (0, import_node_fs6.existsSync)(near) ? near : (0, import_node_path2.resolve)(__dirname, "../../data/facts.json");
}
async function loadStore(choice, io2) {
  if (choice.paths.length > 0) return loadFiles(choice.paths, io2);
  if (choice.library === void 0) return storeFromDataset(loadBundledDataset());
  const listing = listLibrary(choice.library);
  if (listing.problem) io2.err(`facts: warning: ${listing.problem}
`);
  if (listing.files.length === 0) return storeFromDataset(loadBundledDataset());
  return loadFiles([bundledDataPath(), ...listing.files], io2, { lenientFrom: 1, name: choice.library });
}
async function loadFiles(paths, io2, set = {}) {
  const lenientFrom = set.lenientFrom ?? paths.length;
  const warn = (leftOut2) => {
    for (const { problem } of leftOut2) io2.err(leftOutWarning(problem));
  };
  const unstamped = [];
  const given = /* @__PURE__ */ new Map();
  const stampAll = () => {
    const stamps2 = [];
    paths.forEach((file, i) => {
      try {
        stamps2.push(stampOf((0, import_node_path2.resolve)(io2.cwd, file)));
        given.set((0, import_node_path2.resolve)(io2.cwd, file), file);
      } catch (error) {
        const problem = `${file}: cannot read: ${describeFsError(error)}`;
        if (i < lenientFrom) throw new DataError([problem]);
        unstamped.push({ path: file, problem });
      }
    });
    return stamps2;
  };
  const stamps = stampAll();
  warn(unstamped);
  if (io2.env.FACTS_CACHE === "0") {
    const { kept: kept2, leftOut: leftOut2 } = await admit(stamps, lenientFrom);
    warn(leftOut2);
    return storeFromDataset(await loadDataset(kept2.map((s) => given.get(s.path) ?? s.path), io2.cwd));
  }
  const cache = await Promise.resolve().then(() => __toESM(require("./cache.cjs")));
  const { root, folder } = cache.cacheFolder(io2.env, stamps, set.name);
  const said = /* @__PURE__ */ new Set();
  const once = (key, line) => {
    if (said.has(key) || !io2.stderrIsTTY) return;
    said.add(key);
    io2.err(`facts: ${line}
`);
  };
  const names = set.name === void 0 ? paths.join(", ") : `the bundled article and the library`;
  const notes = {
    building: (what) => once(`building ${what}`, `building ${what} for ${names} (once per new or changed file)...`),
    damaged: (file, why) => once(`damaged ${file}`, `the index cache ${file} cannot be trusted (${why}); rebuilding it`),
    unwritable: (error) => once("unwritable", `cannot keep an index cache in ${root} (${describeFsError(error)}); working without it`)
  };
  const cached = cache.openCachedStore(folder, stamps, notes);
  if (cached) {
    warn(cached.leftOut);
    return cached;
  }
  notes.building("an index");
  const { kept, leftOut } = await admit(stamps, lenientFrom);
  warn(leftOut);
  const keptPaths = kept.map((s) => given.get(s.path) ?? s.path);
  const { validateFiles } = await Promise.resolve().then(() => __toESM(require("./validate.cjs")));
  const builder = new cache.RecordsBuilder(cache.spillingBeside((0, import_node_path2.join)(folder, "records.bin")));
  const abandon = () => {
    builder.discard();
    try {
      (0, import_node_fs6.rmdirSync)(folder);
    } catch {
    }
  };
  const fromMemory = async (error) => {
    abandon();
    notes.unwritable(error);
    return storeFromDataset(await loadDataset(keptPaths, io2.cwd));
  };
  let result;
  try {
    result = withFiles(keptPaths, io2.cwd, (files) => validateFiles(files, (record, file, range) => builder.add(record, file, range), false));
  } catch (error) {
    if (isFactsError(error)) throw error;
    return fromMemory(error);
  }
  if (!result.ok) {
    abandon();
    throw new DataError(result.problems);
  }
  const now = stampAll();
  const changed = stamps.findIndex((stamp, i) => !sameStamp(stamp, now[i]));
  if (changed >= 0 || now.length !== stamps.length) {
    abandon();
    throw new DataError([`${given.get(stamps[Math.max(changed, 0)].path)}: changed while it was being read; run the command again`]);
  }
  try {
    builder.write(folder, root, kept, result.value, stamps, leftOut);
  } catch (error) {
    return fromMemory(error);
  }
  const store = cache.openCachedStore(folder, stamps, notes);
  return store ?? storeFromDataset(await loadDataset(keptPaths, io2.cwd));
}
async function validateAlone(path, onRecord) {
  const { validateFiles } = await Promise.resolve().then(() => __toESM(require("./validate.cjs")));
  const result = withFiles([path], "/", (files) => validateFiles(files, onRecord && ((record) => onRecord(record))));
  if (!result.ok) throw new DataError(result.problems);
  return result.value;
}
async function admit(stamps, lenientFrom) {
  if (lenientFrom >= stamps.length) return { kept: [...stamps], leftOut: [] };
  const kept = [];
  const leftOut = [];
  const taken = { source: /* @__PURE__ */ new Map(), entity: /* @__PURE__ */ new Map(), record: /* @__PURE__ */ new Map() };
  for (const [i, stamp] of stamps.entries()) {
    let ids;
    try {
      const records = [];
      const dataset = await validateAlone(stamp.path, (record) => records.push(record.id));
      ids = { source: dataset.sources.map((s) => s.id), entity: dataset.entities.map((e) => e.id), record: records };
    } catch (error) {
      if (i < lenientFrom || !isFactsError(error)) throw error;
      leftOut.push({ path: stamp.path, problem: error.message });
      continue;
    }
    const clash = ["source", "entity", "record"].flatMap((list) => ids[list].filter((id) => taken[list].has(id)).map((id) => `${list} id "${id}" is also in ${taken[list].get(id)}`))[0];
    if (clash !== void 0 && i >= lenientFrom) {
      leftOut.push({ path: stamp.path, problem: `${stamp.path}: ${clash}` });
      continue;
    }
    for (const list of ["source", "entity", "record"]) for (const id of ids[list]) taken[list].set(id, stamp.path);
    kept.push(stamp);
  }
  return { kept, leftOut };
}
function describeFsError(error) {
  switch (error.code) {
    case "ENOENT":
      return "no such file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory";
    // A file read whole into one buffer (an article, a file of quotes), which Node allows up to 2 GiB.
    case "ERR_FS_FILE_TOO_LARGE":
      return "too large: facts reads a file of up to 2 GiB here";
    case "ERR_STRING_TOO_LONG":
      return "holds a single text too long for one string (about 512 MiB)";
    default:
      return error.code ?? error.message;
  }
}

// src/output/json.ts
var jsonArray = {
  element: (value, first) => (first ? "[\n" : ",\n") + escapeJsonText(JSON.stringify([value], null, 2).slice(2, -2)),
  end: (any) => any ? "\n]\n" : "[]\n"
};
function renderJsonValue(value) {
  return escapeJsonText(JSON.stringify(value, null, 2)) + "\n";
}
function renderNdjson(values) {
  let out = "";
  for (const value of values) out += escapeJsonText(JSON.stringify(value)) + "\n";
  return out;
}

// src/text/code-points.ts
var surrogate = /[\uD800-\uDFFF]/;
function indexCodePoints(text) {
  if (!surrogate.test(text)) {
    return { length: text.length, toUnit: (cp) => cp, toCodePoint: (unit) => unit };
  }
  const units = [];
  for (let i = 0; i < text.length; i++) {
    units.push(i);
    const c = text.charCodeAt(i);
    if (c >= 55296 && c <= 56319 && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 56320 && d <= 57343) i++;
    }
  }
  units.push(text.length);
  return {
    length: units.length - 1,
    toUnit: (cp) => units[cp] ?? text.length,
    toCodePoint: (unit) => {
      let lo = 0;
      let hi = units.length - 1;
      while (lo < hi) {
        const mid = lo + hi + 1 >> 1;
        if (units[mid] <= unit) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    }
  };
}
function sliceCodePoints(text, start, end, index = indexCodePoints(text)) {
  return text.slice(index.toUnit(start), index.toUnit(end));
}

// src/output/jsonld.ts
var JSONLD_CONTEXT = {
  "@vocab": "https://schema.org/",
  oa: "http://www.w3.org/ns/oa#",
  target: { "@id": "oa:hasTarget" },
  selector: { "@id": "oa:hasSelector" },
  SpecificResource: "oa:SpecificResource",
  TextQuoteSelector: "oa:TextQuoteSelector",
  TextPositionSelector: "oa:TextPositionSelector",
  exact: "oa:exact",
  prefix: "oa:prefix",
  suffix: "oa:suffix",
  start: "oa:start",
  end: "oa:end"
};
var CONTEXT_CHARS = 32;
function agentLd(entity) {
  return { "@type": entity.type === "person" ? "Person" : "Organization", identifier: entity.id, name: entity.name, ...entity.role ? { description: entity.role } : {} };
}
function articleLd(source) {
  return {
    "@type": "NewsArticle",
    identifier: source.id,
    name: source.title,
    ...source.url ? { url: source.url } : {},
    ...source.publisher ? { publisher: { "@type": "Organization", name: source.publisher } } : {},
    ...source.published ? { datePublished: source.published } : {}
  };
}
function targetLd(source, sourceText, span) {
  const index = indexCodePoints(sourceText);
  return {
    "@type": "SpecificResource",
    source: source.url ?? source.id,
    selector: [
      {
        "@type": "TextQuoteSelector",
        exact: sliceCodePoints(sourceText, span.start, span.end, index),
        prefix: sliceCodePoints(sourceText, Math.max(0, span.start - CONTEXT_CHARS), span.start, index),
        suffix: sliceCodePoints(sourceText, span.end, Math.min(index.length, span.end + CONTEXT_CHARS), index)
      },
      { "@type": "TextPositionSelector", start: span.start, end: span.end }
    ]
  };
}
function recordLd({ record, speaker, source, sourceText }) {
  const target = targetLd(source, sourceText, record.span);
  if (record.kind === "quote") {
    return { "@type": "Quotation", identifier: record.id, text: record.text, ...speaker ? { spokenByCharacter: agentLd(speaker) } : {}, isBasedOn: articleLd(source), target };
  }
  return { "@type": "Claim", identifier: record.id, text: record.text, ...speaker ? { author: agentLd(speaker) } : {}, appearance: articleLd(source), target };
}
function claimReviewLd({ input, verdict, similarity, claimed, found }) {
  return {
    "@type": "ClaimReview",
    claimReviewed: input,
    itemReviewed: { "@type": "Quotation", text: input, ...claimed ? { spokenByCharacter: agentLd(claimed) } : {} },
    reviewRating: { "@type": "Rating", alternateName: verdict, ratingExplanation: `similarity ${similarity.toFixed(3)} to the closest passage of the sources` },
    ...found ? { isBasedOn: found } : {}
  };
}

// src/output/listing.ts
function selectColumns(listing, fields) {
  const byKey = new Map(listing.columns.map((c) => [c.key, c]));
  const keys = fields ?? listing.defaults;
  const unknown = keys.filter((k) => !byKey.has(k));
  if (unknown.length > 0) {
    const s = unknown.length > 1 ? "s" : "";
    throw new UsageError(`unknown field${s} ${unknown.map((k) => `'${k}'`).join(", ")}; valid fields: ${listing.columns.map((c) => c.key).join(", ")}`);
  }
  return keys.map((k) => byKey.get(k));
}
function projectJson(listing, row, columns) {
  const full = listing.json(row);
  if (!columns) return full;
  const out = {};
  for (const column of columns) out[column.key] = column.key in full ? full[column.key] : column.value(row);
  return out;
}

// src/output/tsv.ts
function renderTsv(rows2, columns) {
  let out = "";
  for (const row of rows2) out += columns.map((c) => escapeTsvField(c.value(row))).join("	") + "\n";
  return out;
}

// src/output/styles.ts
var identity = (text) => text;
var plainStyles = {
  enabled: false,
  header: identity,
  id: identity,
  dim: identity,
  number: identity,
  match: identity,
  delete: identity,
  insert: identity
};
async function createStyles(enabled) {
  if (!enabled) return plainStyles;
  const { Chalk } = await Promise.resolve().then(() => __toESM(require("./chalk.cjs")));
  const chalk = new Chalk({ level: 1 });
  return {
    enabled: true,
    header: (t) => chalk.bold(t),
    id: (t) => chalk.cyan(t),
    dim: (t) => chalk.dim(t),
    number: (t) => chalk.yellow(t),
    match: (t) => chalk.bold.red(t),
    delete: (t) => chalk.red(t),
    insert: (t) => chalk.green(t)
  };
}
function resolveColor(flag, env, isTTY) {
  if (flag === "always") return true;
  if (flag === "never") return false;
  const force = env.FORCE_COLOR;
  if (force !== void 0 && force !== "") return force !== "0" && force !== "false";
  if (env.NO_COLOR !== void 0 && env.NO_COLOR !== "") return false;
  if (env.TERM === "dumb") return false;
  return isTTY;
}

// src/output/print.ts
var FORMATS = ["table", "tsv", "csv", "json", "ndjson", "jsonld"];
var BATCH = 256;
async function printListing(io2, listing, options) {
  const columns = selectColumns(listing, options.fields);
  const rows2 = options.limit === void 0 ? listing.rows : listing.rows.slice(0, options.limit);
  const json = (row) => projectJson(listing, row, options.fields && columns);
  switch (options.format) {
    case "jsonld": {
      const ld = linkedData(listing);
      if (options.fields) throw new UsageError("--format jsonld writes whole records; --fields does not apply");
      io2.out(`{
  "@context": ${JSON.stringify(JSONLD_CONTEXT)},
  "@graph": `);
      const nested = (text) => text.replace(/\n/g, "\n  ");
      inBatches(io2, rows2, (batch, at) => batch.map((row, k) => nested(jsonArray.element(ld(row), at + k === 0))).join(""));
      io2.out(`${rows2.length > 0 ? "\n  ]" : "[]"}
}
`);
      break;
    }
    case "json":
      inBatches(io2, rows2, (batch, at) => batch.map((row, k) => jsonArray.element(json(row), at + k === 0)).join(""));
      io2.out(jsonArray.end(rows2.length > 0));
      break;
    case "ndjson":
      inBatches(io2, rows2, (batch) => renderNdjson(batch.map(json)));
      break;
    case "csv": {
      const { renderCsv } = await Promise.resolve().then(() => __toESM(require("./csv.cjs")));
      const shown = io2.stdoutIsTTY ? columns.map((c) => ({ ...c, value: (row) => escapeForTerminal(c.value(row)) })) : columns;
      io2.out(renderCsv([], shown));
      inBatches(io2, rows2, (batch) => renderCsv(batch, shown, false));
      break;
    }
    case "tsv":
      inBatches(io2, rows2, (batch) => renderTsv(batch, columns));
      break;
    case "table": {
      if (rows2.length === 0) break;
      const [{ renderTable }, styles] = await Promise.all([Promise.resolve().then(() => __toESM(require("./table.cjs"))), createStyles(options.color)]);
      io2.out(renderTable(rows2, columns, options.width, styles));
      break;
    }
  }
  return rows2.length;
}
function inBatches(io2, rows2, render) {
  for (let at = 0; at < rows2.length && !io2.outputClosed; at += BATCH) io2.out(render(rows2.slice(at, at + BATCH), at));
}
async function printDetail(io2, listing, row, options) {
  if (options.format === "table") {
    const [{ renderDetailTable }, styles] = await Promise.all([Promise.resolve().then(() => __toESM(require("./table.cjs"))), createStyles(options.color)]);
    const fields = selectColumns(listing, options.fields ?? listing.columns.map((c) => c.key)).map((c) => ({ label: c.header, value: c.value(row), ranges: c.highlight?.(row) })).filter((f) => f.value !== "");
    io2.out(renderDetailTable(fields, options.width, styles));
    return;
  }
  if (options.format === "jsonld") {
    io2.out(renderJsonValue({ "@context": JSONLD_CONTEXT, ...linkedData(listing)(row) }));
    return;
  }
  if (options.format === "json") {
    const columns = options.fields ? selectColumns(listing, options.fields) : void 0;
    io2.out(renderJsonValue(projectJson(listing, row, columns)));
    return;
  }
  await printListing(io2, { ...listing, rows: [row] }, { ...options, limit: void 0 });
}
function linkedData(listing) {
  if (!listing.jsonld) throw new UsageError("JSON-LD is written for quotes, claims, show and verify; --format jsonld does not apply");
  return listing.jsonld;
}

// src/options.ts
var import_node_path3 = require("path");
function resolveGlobalOptions(raw, io2) {
  if (raw.json && raw.format && raw.format !== "json") throw new UsageError(`--json conflicts with --format ${raw.format}`);
  const format = raw.json ? "json" : raw.format ?? (io2.stdoutIsTTY ? "table" : "tsv");
  const fields = raw.fields === void 0 ? void 0 : parseFields(raw.fields);
  const envData = io2.env.FACTS_DATA;
  if (raw.data?.some((path) => path.trim() === "")) throw new UsageError("--data takes the path of a dataset file, not an empty string");
  const dataPaths = raw.data && raw.data.length > 0 ? raw.data : envData ? envData.split(import_node_path3.delimiter).filter(Boolean) : [];
  const flag = raw.color === false ? "never" : raw.color ?? "auto";
  const library = dataPaths.length === 0 && raw.library !== false ? libraryFolder(io2.env, io2.cwd) : void 0;
  return {
    data: { paths: dataPaths, library },
    output: {
      format,
      fields,
      limit: raw.limit,
      color: resolveColor(flag, io2.env, io2.stdoutIsTTY),
      width: io2.columns ?? 80
    }
  };
}
function parseFields(text) {
  const fields = text.split(",").map((f) => f.trim());
  if (fields.some((f) => f === "")) throw new UsageError(`--fields takes a comma-separated list of field names, got '${text}'`);
  return fields;
}

// src/query/names.ts
init_words();
function normalizeName(text) {
  return text.normalize("NFKD").replace(new RegExp("\\p{M}", "gu"), "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}
var TITLES = new Set(
  "mr mrs ms miss mx dr prof professor sir dame lord lady rev president vice prime minister chancellor secretary senator sen rep representative congressman congresswoman governor gov mayor judge justice general gen ambassador former the".split(" ")
);
function nameWords(name) {
  const words = normalizeName(name).split(" ").filter(Boolean);
  let first = 0;
  while (first < words.length - 1 && TITLES.has(words[first])) first++;
  return words.slice(first);
}
function nameMatches(query, candidate) {
  const q = normalizeName(query).split(" ").filter(Boolean);
  const c = normalizeName(candidate).split(" ").filter(Boolean);
  if (q.length === 0 || q.length > c.length) return false;
  for (let offset = 0; offset + q.length <= c.length; offset++) {
    if (q.every((word, k) => wordMatches(word, c[offset + k]))) return true;
  }
  return false;
}
function wordMatches(query, word) {
  if (query === word) return true;
  const max = allowedEdits(Math.min(query.length, word.length));
  return max > 0 && editDistance(query, word, max) <= max;
}
function namesOf(entity) {
  return [entity.name, ...entity.aliases];
}
function matchesInParts(query, name) {
  if (query.length === 0 || name.length === 0 || query[query.length - 1] !== name[name.length - 1]) return false;
  if (query.length === 1) return true;
  const same = (word, part) => part === word || word.length === 1 && part.startsWith(word);
  if (name.length < 2 || !same(query[0], name[0])) return false;
  let j = 1;
  for (const word of query.slice(1, -1)) {
    const at = name.findIndex((part, k) => k >= j && k < name.length - 1 && same(word, part));
    if (at >= 0) j = at + 1;
  }
  return true;
}
var FUZZY_THRESHOLD = 0.34;
var SUGGEST_THRESHOLD = 0.45;
var FUZZY_TIE = 0.05;
async function resolveName(data, query) {
  const words = nameWords(query);
  if (words.length === 0) throw new UsageError(`'${query}' is not a name`);
  const joined = words.join(" ");
  const whole = normalizeName(query);
  const asWritten = data.entities.filter((e) => namesOf(e).some((n) => normalizeName(n) === whole));
  if (asWritten.length > 0) return single(query, acrossSources(data, asWritten));
  const exact = data.entities.filter((e) => namesOf(e).some((n) => nameWords(n).join(" ") === joined));
  if (exact.length > 0) return single(query, acrossSources(data, exact));
  const parts = data.entities.filter((e) => namesOf(e).some((n) => matchesInParts(words, nameWords(n))));
  if (parts.length > 0) return single(query, acrossSources(data, parts));
  const { default: Fuse } = await Promise.resolve().then(() => __toESM(require("./fuse.cjs")));
  const forms2 = data.entities.flatMap((entity) => {
    const names = namesOf(entity).map((n) => nameWords(n).join(" "));
    const surnames = entity.type === "person" ? names.map((n) => n.slice(n.lastIndexOf(" ") + 1)) : [];
    return [.../* @__PURE__ */ new Set([...names, ...surnames])].map((form) => ({ entity, form }));
  });
  const fuse = new Fuse(forms2, { keys: ["form"], includeScore: true, ignoreLocation: true, ignoreDiacritics: true, threshold: 0.6 });
  const hits = fuse.search(joined).filter((h) => Math.abs(h.item.form.length - joined.length) <= Math.max(1, Math.round(h.item.form.length / 4)));
  const best = hits[0];
  if (best && (best.score ?? 1) <= FUZZY_THRESHOLD) {
    const near = hits.filter((h) => (h.score ?? 1) <= (best.score ?? 1) + FUZZY_TIE).map((h) => h.item.entity);
    return single(query, acrossSources(data, [...new Set(near)]));
  }
  const suggestion = fuse.search(joined).find((h) => (h.score ?? 1) <= SUGGEST_THRESHOLD);
  throw new UsageError(`no one named '${query}' in the data${suggestion ? ` (did you mean '${suggestion.item.entity.name}'?)` : ""}; 'facts entities' lists everyone`);
}
function single(query, found) {
  const first = found[0];
  const sameAsFirst = (e) => e.type === first.type && nameWords(e.name).join(" ") === nameWords(first.name).join(" ");
  if (found.every(sameAsFirst) || onePerson(found)) return found;
  const names = found.map((e) => `${e.name} (${e.id})`).join(", ");
  throw new UsageError(`'${query}' could be ${names}: give more of the name`);
}
function partsOf(entity) {
  const words = nameWords(entity.name);
  return { surname: words[words.length - 1] ?? "", first: words.length > 1 ? words[0] ?? null : null };
}
function firstNames(entities) {
  const names = [...new Set(entities.map((e) => partsOf(e).first).filter((f) => f !== null))];
  return new Set(names.filter((f) => !(f.length === 1 && names.some((g) => g !== f && g.startsWith(f)))));
}
function onePerson(found) {
  if (!found.every((e) => e.type === "person")) return false;
  if (new Set(found.map((e) => partsOf(e).surname)).size !== 1) return false;
  return firstNames(found).size <= 1;
}
function acrossSources(data, found) {
  if (!onePerson(found)) return found;
  const { surname } = partsOf(found[0]);
  const namesakes = data.entities.filter((e) => e.type === "person" && partsOf(e).surname === surname);
  if (firstNames(namesakes).size > 1) {
    const first = [...firstNames(found)][0];
    if (first === void 0) return found;
    return namesakes.filter((e) => {
      const f = partsOf(e).first;
      return f !== null && (f === first || f.length === 1 && first.startsWith(f));
    });
  }
  return namesakes;
}

// src/commands/common.ts
init_words();
async function prepareStore(cmd, deps) {
  const globals = resolveGlobalOptions(cmd.optsWithGlobals(), deps.io);
  const store = await loadStore(globals.data, deps.io);
  return { globals, store };
}
async function emit(deps, globals, listing, empty) {
  const printed = await printListing(deps.io, listing, globals.output);
  if (printed === 0 && empty && deps.io.stdoutIsTTY) deps.io.err(`facts: ${empty()}
`);
  deps.setExitCode(printed > 0 ? ExitCode.ok : ExitCode.noMatch);
}
function speakersOf(data, speakers) {
  const names = [...new Set([...speakers].filter((s) => s !== null))].map((id) => entityName(data, id));
  return names.length === 0 ? "none" : names.slice(0, 5).join(", ") + (names.length > 5 ? ", \u2026" : "");
}
async function resolveSpeakerFilter(data, name) {
  if (name === void 0) return void 0;
  return new Set((await resolveName(data, name)).map((e) => e.id));
}
function entityName(data, id) {
  return id === null ? "" : data.entityById.get(id)?.name ?? id;
}
function confidenceOf(record) {
  return record.kind === "quote" ? record.attribution?.confidence ?? "high" : "";
}
function fieldColumns(data, f) {
  return {
    id: { key: "id", header: "ID", value: f.id, style: "id" },
    kind: { key: "kind", header: "Kind", value: f.kind },
    text: { key: "text", header: "Text", value: f.text, wide: true },
    speaker: { key: "speaker", header: "Speaker", value: (r) => entityName(data, f.speaker(r)) },
    cue: { key: "cue", header: "Cue", value: f.cue, style: "dim" },
    source: { key: "source", header: "Source", value: f.source, style: "dim" },
    span: { key: "span", header: "Span", value: (r) => `${f.span(r).start}-${f.span(r).end}`, style: "dim" },
    confidence: { key: "confidence", header: "Confidence", value: f.confidence, style: "dim" }
  };
}
function recordColumns(data) {
  return fieldColumns(data, {
    id: (r) => r.id,
    kind: (r) => r.kind,
    text: (r) => r.text,
    speaker: (r) => r.speaker,
    cue: (r) => r.cue?.text ?? "",
    source: (r) => r.source,
    span: (r) => r.span,
    confidence: confidenceOf
  });
}
function storeColumns(store) {
  return fieldColumns(store, {
    id: (i) => store.id(i),
    kind: (i) => store.kind(i),
    text: (i) => store.text(i),
    speaker: (i) => store.speaker(i),
    cue: (i) => store.cue(i),
    source: (i) => store.sourceIds[store.sourceIndex(i)] ?? "",
    span: (i) => store.span(i),
    confidence: (i) => store.kind(i) === "quote" ? confidenceOf(store.record(i)) : ""
  });
}
var takesStrayWords = /* @__PURE__ */ new WeakSet();
function acceptStrayWords(cmd) {
  takesStrayWords.add(cmd);
  return cmd.allowExcessArguments(true);
}
function acceptsStrayWords(cmd) {
  return takesStrayWords.has(cmd);
}
function unknownCommand(word, names) {
  const near = names.map((name) => ({ name, d: editDistance(word.toLowerCase(), name, 3) })).filter((c) => c.d <= Math.min(3, Math.max(1, Math.floor(c.name.length / 3)))).sort((a, b) => a.d - b.d)[0];
  return `unknown command '${word}'${near ? ` (did you mean '${near.name}'?)` : ""}`;
}
function withExamples(cmd, examples) {
  return cmd.addHelpText("after", `
Examples:
${examples.map((e) => `  $ ${e}`).join("\n")}
`);
}
function parseLimit(value) {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError("it takes a whole number from 1 up.");
  return n;
}
function refuseOptions(cmd, flags, what) {
  let root = cmd;
  while (root.parent) root = root.parent;
  for (const flag of flags) {
    if (root.getOptionValueSource(flag) !== "cli") continue;
    const given = flag === "format" ? `--format ${String(root.getOptionValue("format"))}` : `--${flag}`;
    throw new UsageError(`${what}; ${given} does not apply`);
  }
}
function recordContext(store, record) {
  const index = store.sourceIds.indexOf(record.source);
  return {
    record,
    speaker: record.speaker === null ? void 0 : store.entityById.get(record.speaker),
    source: store.sources[index],
    sourceText: store.sourceText(index)
  };
}

// src/commands/add.ts
var import_node_fs9 = require("fs");

// src/library/input.ts
var import_node_fs7 = require("fs");
var import_node_path4 = require("path");

// src/library/fetch.ts
var DEFAULT_LIMITS = { timeoutMs: 2e4, maxBytes: 10 * 1024 * 1024 };
function isUrl(target) {
  return /^https?:\/\//i.test(target);
}
async function fetchArticle(url, limits = DEFAULT_LIMITS) {
  const seconds = `${limits.timeoutMs / 1e3} s`;
  const signal = AbortSignal.timeout(limits.timeoutMs);
  const fail = (why) => new InputError(`${url}: ${why}`);
  const failed = (error) => {
    const e = error;
    if (e.name === "TimeoutError" || e.name === "AbortError" && signal.aborted) return fail(`no answer within ${seconds}`);
    return fail(`cannot fetch: ${e.cause?.code ?? e.cause?.message ?? e.message ?? String(error)}`);
  };
  let response;
  try {
    response = await fetch(url, { signal, redirect: "follow", headers: { accept: "text/html,application/xhtml+xml,text/plain;q=0.9" } });
  } catch (error) {
    throw failed(error);
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => {
    });
    throw fail(`the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`);
  }
  const type = response.headers.get("content-type") ?? "";
  const mime = type.split(";")[0]?.trim().toLowerCase() ?? "";
  const kind = mime === "text/html" || mime === "application/xhtml+xml" ? "html" : mime === "text/plain" ? "text" : void 0;
  if (kind === void 0) {
    await response.body?.cancel().catch(() => {
    });
    throw fail(`is ${mime === "" ? "of no stated type" : mime}, not a web page or plain text`);
  }
  const declared = Number(response.headers.get("content-length"));
  const tooLarge = () => fail(`is larger than ${limits.maxBytes} bytes, the most facts reads`);
  if (Number.isFinite(declared) && declared > limits.maxBytes) {
    await response.body?.cancel().catch(() => {
    });
    throw tooLarge();
  }
  const chunks = [];
  let size = 0;
  try {
    for await (const chunk of response.body ?? []) {
      size += chunk.byteLength;
      if (size > limits.maxBytes) {
        await response.body?.cancel().catch(() => {
        });
        throw tooLarge();
      }
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw failed(error);
  }
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(type)?.[1];
  return { bytes: Buffer.concat(chunks), kind, ...charset ? { charset } : {}, url: response.url || url };
}

// src/library/input.ts
async function readArticle(io2, target, limits = DEFAULT_LIMITS) {
  let bytes;
  let html;
  let charset;
  let pageUrl;
  let name;
  if (isUrl(target)) {
    const fetched = await fetchArticle(target, limits);
    ({ bytes, charset } = fetched);
    html = fetched.kind === "html";
    pageUrl = fetched.url;
    name = target;
  } else if (target === "-") {
    const chunks = [];
    for await (const chunk of io2.stdin) chunks.push(Buffer.from(chunk));
    bytes = Buffer.concat(chunks);
    html = looksLikeHtml(bytes);
    name = "standard input";
  } else {
    try {
      bytes = (0, import_node_fs7.readFileSync)((0, import_node_path4.resolve)(io2.cwd, target));
    } catch (error) {
      throw new InputError(`${target}: cannot read: ${describeFsError(error)}`);
    }
    html = /^\.x?html?$/i.test((0, import_node_path4.extname)(target)) || looksLikeHtml(bytes);
    name = target;
  }
  if (!html) {
    const text = decodeText(bytes, name, charset).replace(/\r\n?/g, "\n");
    return { text, metadata: pageUrl ? { url: pageUrl } : {}, suggestedId: idFromName(target === "-" ? "" : isUrl(target) ? urlSlug(target) : (0, import_node_path4.basename)(target, (0, import_node_path4.extname)(target))) };
  }
  const page = decodeText(bytes, name, charset ?? metaCharset(bytes));
  const { articleFromHtml } = await Promise.resolve().then(() => __toESM(require("./html.cjs")));
  let article;
  try {
    article = articleFromHtml(page, pageUrl);
  } catch (error) {
    throw new InputError(`${name}: ${error.message}`);
  }
  const fromName = target === "-" ? "" : isUrl(target) ? urlSlug(pageUrl ?? target) : (0, import_node_path4.basename)(target, (0, import_node_path4.extname)(target));
  return { text: article.text, metadata: article.metadata, suggestedId: idFromName(fromName || article.metadata.title || "") };
}
function looksLikeHtml(bytes) {
  const head = Buffer.from(bytes.subarray(0, 512)).toString("latin1").replace(/^\uFEFF|^\xEF\xBB\xBF/, "").trimStart().toLowerCase();
  return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<!--") && head.includes("<html");
}
function metaCharset(bytes) {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1");
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
}
function decodeText(bytes, name, charset = "utf-8") {
  if (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255) throw new InputError(`${name}: is UTF-16 text; convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)`);
  if (bytes.includes(0)) throw new InputError(`${name}: is not text (it holds NUL bytes)`);
  let decoder;
  try {
    decoder = new TextDecoder(charset, { fatal: true });
  } catch {
    throw new InputError(`${name}: is in a character set facts does not know (${charset})`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    if (decoder.encoding !== "utf-8") throw new InputError(`${name}: is not valid ${decoder.encoding} text, as it says it is`);
    throw new InputError(`${name}: is not UTF-8 text (Latin-1 or another encoding?); convert it to UTF-8 (iconv -f LATIN1 -t UTF-8)`);
  }
}
function urlSlug(url) {
  try {
    const { hostname, pathname } = new URL(url);
    const last = pathname.split("/").filter(Boolean).pop();
    return last ? (0, import_node_path4.basename)(last, (0, import_node_path4.extname)(last)) : hostname;
  } catch {
    return "";
  }
}
function idFromName(name) {
  const slug = normalizeName(name).replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60).replace(/-$/, "");
  return slug || "article";
}

// src/commands/extract.ts
var import_node_fs8 = require("fs");
var import_node_path5 = require("path");
var PROGRESS_FROM = 1e5;
function megabytes(length) {
  return `${(length / (1024 * 1024)).toFixed(1)} MB`;
}
var SOURCE_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
function parseSourceId(value) {
  if (!SOURCE_ID.test(value)) throw new InvalidArgumentError('an id is letters, digits, ".", "_", ":" or "-", starting with a letter or digit.');
  return value;
}
function withArticleOptions(cmd) {
  return cmd.option("--id <id>", "the source id, which also prefixes every record and entity id (default: from the file name or URL)", parseSourceId).option("--title <title>", "the headline or a descriptive title (default: the page's own)").option("--url <url>", "where it was published (default: the page's canonical URL, or the URL fetched)").option("--published <date>", "when it was published (default: the page's own date)").option("--publisher <name>", "who published it (default: the page's site name)").option("--timeout <seconds>", `give up fetching a URL after this long (default: ${DEFAULT_LIMITS.timeoutMs / 1e3})`, parseSeconds);
}
function parseSeconds(value) {
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || !(n > 0) || n > 3600) throw new InvalidArgumentError("it takes a number of seconds, more than 0 and at most 3600.");
  return n;
}
async function draftFromArticle(article, opts, io2) {
  const [{ extractDataset, MAX_ARTICLE_LENGTH }, { checkInvariants }] = await Promise.all([Promise.resolve().then(() => __toESM(require("./extract.cjs"))), Promise.resolve().then(() => __toESM(require("./validate.cjs")))]);
  const progress = io2?.stderrIsTTY && article.text.length >= PROGRESS_FROM ? (step, of, what) => io2.err(step === 0 ? "\r\x1B[K" : `\r\x1B[Kextract: ${what} (${step}/${of})`) : void 0;
  const page = article.metadata;
  if (article.text.length > MAX_ARTICLE_LENGTH) {
    throw new InputError(`the article is ${megabytes(article.text.length)} of text; extract reads at most ${megabytes(MAX_ARTICLE_LENGTH)} (split it into its articles)`);
  }
  const dataset = extractDataset(article.text, {
    id: opts.id ?? article.suggestedId,
    title: opts.title ?? page.title,
    url: opts.url ?? page.url,
    published: opts.published ?? page.published,
    publisher: opts.publisher ?? page.publisher,
    byline: page.byline,
    language: page.language,
    onStep: progress
  });
  progress?.(0, 0, "");
  const problems = checkInvariants([{ file: "extracted", data: dataset }]);
  if (problems.length > 0) throw new Error(`extraction broke its own invariant: ${problems[0]}`);
  return dataset;
}
function limitsOf(opts) {
  return { ...DEFAULT_LIMITS, ...opts.timeout === void 0 ? {} : { timeoutMs: opts.timeout * 1e3 } };
}
function createExtractCommand(deps) {
  const cmd = withArticleOptions(
    new Command("extract").description("draft a dataset from an article (plain text, a web page, or a URL): quotes, speakers, figures, claims").argument("<file>", "the article: a plain-text or HTML file, an http(s) URL, or '-' for standard input")
  ).option("-o, --output <path>", "write the dataset here instead of standard output").action(async (file, opts, self) => {
    refuseOptions(self, ["data"], "extract reads the article it is given");
    refuseOptions(self, self.optsWithGlobals().format === "json" ? ["fields", "limit"] : ["format", "fields", "limit"], "extract writes a dataset as JSON");
    const dataset = await draftFromArticle(await readArticle(deps.io, file, limitsOf(opts)), opts, deps.io);
    const json = `${JSON.stringify(dataset, null, 2)}
`;
    if (opts.output) {
      try {
        (0, import_node_fs8.writeFileSync)((0, import_node_path5.resolve)(deps.io.cwd, opts.output), json);
      } catch (error) {
        throw new InputError(`${opts.output}: cannot write: ${describeFsError(error)}`);
      }
    } else deps.io.out(json);
    deps.setExitCode(0);
  });
  return withExamples(cmd, [
    "facts extract article.txt -o draft.json",
    "facts extract saved-page.html -o draft.json",
    "facts --data draft.json quotes",
    'pbpaste | facts extract - --id interview --title "Interview with the mayor" > draft.json'
  ]);
}

// src/commands/add.ts
function chooseId(asked, suggested, taken) {
  if (asked !== void 0) return asked;
  if (!taken.has(suggested)) return suggested;
  for (let n = 2; ; n++) if (!taken.has(`${suggested}-${n}`)) return `${suggested}-${n}`;
}
function summarize(dataset) {
  const count = (kind) => dataset.records.filter((r) => r.kind === kind).length;
  const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  const speakers = new Set(dataset.records.filter((r) => r.kind === "quote" && r.speaker !== null).map((r) => r.speaker)).size;
  return `${plural(count("quote"), "quote")} by ${plural(speakers, "speaker")}, ${plural(count("number"), "figure")}, ${plural(count("claim"), "claim")}`;
}
function speakerLine(dataset) {
  const counts = /* @__PURE__ */ new Map();
  for (const r of dataset.records) if (r.kind === "quote" && r.speaker !== null) counts.set(r.speaker, (counts.get(r.speaker) ?? 0) + 1);
  const name = (id) => dataset.entities.find((e) => e.id === id)?.name ?? id;
  return [...counts].sort((a, b) => b[1] - a[1]).map(([id, n]) => `${name(id)} (${n})`).join(", ");
}
function displayPath(path, home) {
  return home && home !== "/" && path.startsWith(`${home.replace(/\/$/, "")}/`) ? `~${path.slice(home.replace(/\/$/, "").length)}` : path;
}
function createAddCommand(deps) {
  const cmd = withArticleOptions(
    new Command("add").description("extract an article (plain text, a web page, or a URL) into your library, which every command then reads").argument("<file>", "the article: a plain-text or HTML file, an http(s) URL, or '-' for standard input")
  ).option("--replace", "extract it again over the entry of the same text (or of the same --id)").action(async (target, opts, self) => {
    refuseOptions(self, ["data", "format", "json", "fields", "limit"], "add keeps the article in the library and says what it found");
    const { io: io2 } = deps;
    const folder = libraryFolder(io2.env, io2.cwd);
    const article = await readArticle(io2, target, limitsOf(opts));
    const { readSources, writeAtomically } = await Promise.resolve().then(() => __toESM(require("./library.cjs")));
    const { sources: entries2, problems } = await readSources(folder);
    for (const problem of problems) io2.err(leftOutWarning(problem));
    const same = entries2.find((e) => e.text === article.text);
    if (same && !opts.replace) {
      io2.out(`already in the library as ${escapeForTerminal(same.id)} (${escapeForTerminal(displayPath(same.path, io2.env.HOME))}); nothing added (--replace extracts it again)
`);
      deps.setExitCode(0);
      return;
    }
    const byId = (id2) => entries2.find((e) => e.id === id2);
    const bundled = new Set(loadBundledDataset().sources.map((s) => s.id));
    if (opts.id !== void 0 && bundled.has(opts.id)) throw new UsageError(`'${opts.id}' is the bundled article's id; choose another --id`);
    const holder = opts.id === void 0 ? void 0 : byId(opts.id);
    if (holder && !opts.replace) throw new UsageError(`the library already has a source '${opts.id}' (${holder.path}), of another text; choose another --id, or --replace it`);
    const replaced = opts.replace ? [same, holder].filter((e) => e !== void 0) : [];
    const taken = /* @__PURE__ */ new Set([...bundled, ...entries2.filter((e) => !replaced.includes(e)).map((e) => e.id)]);
    const asked = opts.id ?? same?.id;
    let id = chooseId(asked, article.suggestedId, taken);
    let dataset;
    let path;
    const { makeDirectory } = await Promise.resolve().then(() => __toESM(require("./cache.cjs")));
    for (; ; ) {
      dataset = await draftFromArticle(article, { ...opts, id }, deps.io);
      path = entryPath(folder, id);
      let written;
      try {
        makeDirectory(folder);
        written = writeAtomically(path, `${JSON.stringify(dataset, null, 2)}
`, replaced.some((e) => e.id === id));
      } catch (error) {
        throw new InputError(`${folder}: cannot write to the library: ${describeFsError(error)}`);
      }
      if (written) break;
      if (asked !== void 0) throw new UsageError(`the library already has a file ${path}; choose another --id, or --replace it`);
      taken.add(id);
      id = chooseId(void 0, article.suggestedId, taken);
    }
    for (const old of replaced) if (old.path !== path) (0, import_node_fs9.rmSync)(old.path, { force: true });
    const source = dataset.sources[0];
    const about = [source?.title, source?.publisher, source?.published].filter((v) => typeof v === "string" && v !== "").join(", ");
    const speakers = speakerLine(dataset);
    io2.out(
      escapeForTerminal(`${replaced.length > 0 ? "replaced" : "added"} ${id}: ${summarize(dataset)}`) + `
  ${escapeForTerminal(about)}
` + (speakers ? `  speakers: ${escapeForTerminal(speakers)}
` : "") + `  kept in ${escapeForTerminal(displayPath(path, io2.env.HOME))}
`
    );
    deps.setExitCode(0);
  });
  return withExamples(cmd, [
    "facts add article.txt",
    "facts add saved-page.html",
    'facts add https://example.com/news/story.html --publisher "Example News"',
    'facts verify "the words you were sent"'
  ]);
}

// src/commands/attributions.ts
function findAttributions(store, speakers) {
  const found = [];
  for (let i = 0; i < store.recordCount; i++) {
    const speaker = store.speaker(i);
    if (speaker !== null && (speakers === void 0 || speakers.has(speaker))) found.push(i);
  }
  return found;
}
function attributionListing(store, rows2) {
  const c = storeColumns(store);
  const role = (i) => {
    const speaker = store.speaker(i);
    return speaker === null ? "" : store.entityById.get(speaker)?.role ?? "";
  };
  return {
    rows: rows2,
    columns: [
      c.speaker,
      { key: "role", header: "Role", value: role },
      c.kind,
      c.id,
      c.text,
      c.cue,
      c.confidence,
      c.source,
      c.span
    ],
    // (confidence is a field, not a default: a seventh column breaks words at 80 columns.)
    defaults: ["speaker", "role", "kind", "id", "text", "cue"],
    json: (i) => store.record(i)
  };
}
function createAttributionsCommand(deps) {
  const cmd = new Command("attributions").alias("who").description("who said what: speaker, role, kind, text and the cue that attributes it").argument("[speaker]", "a name or alias; spelling is forgiven (zelensky, macron)").action(async (speaker, _opts, self) => {
    const { globals, store } = await prepareStore(self, deps);
    const speakers = await resolveSpeakerFilter(store, speaker);
    const named2 = speakers && store.entityById.get([...speakers][0])?.name;
    const everyone = () => Array.from({ length: store.recordCount }, (_, i) => store.speaker(i));
    const empty = () => `nothing is attributed to ${named2 ?? speaker} (speakers: ${speakersOf(store, everyone())})`;
    store.scanTexts(["guarantee", "quote", "number", "claim"]);
    await emit(deps, globals, attributionListing(store, findAttributions(store, speakers)), empty);
  });
  return withExamples(cmd, ["facts who macron", "facts attributions zelensky", "facts who --fields speaker,kind,text --format csv"]);
}

// src/query/match.ts
function createMatcher(pattern, options = {}) {
  if (!options.regexp) return literalMatcher(pattern);
  let re;
  try {
    re = new RegExp(pattern, "giu");
  } catch (error) {
    throw new UsageError(`invalid regular expression '${pattern}': ${error.message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /, "")}`);
  }
  return (text) => {
    const ranges = [];
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      if (m[0].length === 0) continue;
      ranges.push({ start: m.index, end: m.index + m[0].length });
    }
    return ranges;
  };
}
function literalMatcher(pattern) {
  const needle = pattern.toLowerCase();
  if (needle.length === 0) return () => [];
  const sameLength = needle.length === pattern.length;
  return (text) => {
    const haystack = text.toLowerCase();
    const ranges = [];
    if (!sameLength || haystack.length !== text.length) {
      for (let i = 0; i + pattern.length <= text.length; i++) {
        if (text.slice(i, i + pattern.length).toLowerCase() === needle) {
          ranges.push({ start: i, end: i + pattern.length });
          i += pattern.length - 1;
        }
      }
      return ranges;
    }
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) ranges.push({ start: at, end: at + needle.length });
    return ranges;
  };
}

// src/commands/records.ts
function addFilterOptions(cmd) {
  return cmd.argument("[pattern]", "case-insensitive text to look for").option("-e, --regexp <regex>", "look for a (case-insensitive) regular expression instead").option("--speaker <name>", "only records said by this person or group (name or alias; spelling is forgiven)").option("--source <id>", "only records from this source");
}
function parseFilter(pattern, opts) {
  if (pattern !== void 0 && opts.regexp !== void 0) throw new UsageError("give either a PATTERN or -e/--regexp, not both");
  const text = opts.regexp ?? pattern;
  return { pattern: text, regexp: opts.regexp !== void 0, speaker: opts.speaker, source: opts.source };
}
function describeEmpty(store, kinds, filter, plural) {
  return () => {
    const asked = [
      filter.pattern ? `${filter.regexp ? "matching" : "containing"} '${filter.pattern}'` : "",
      filter.speaker ? `by ${filter.speaker}` : "",
      filter.source ? `in ${filter.source}` : ""
    ].filter(Boolean);
    const said = [];
    for (let i = 0; i < store.recordCount; i++) if (kinds.includes(store.kind(i))) said.push(store.speaker(i));
    return `no ${plural}${asked.length > 0 ? ` ${asked.join(" ")}` : ""} (speakers with ${plural}: ${speakersOf(store, said)})`;
  };
}
async function filterRecords(store, kinds, filter, deps, extraFields) {
  const matcher = filter.pattern === void 0 || filter.pattern === "" ? void 0 : createMatcher(filter.pattern, { regexp: filter.regexp });
  const speakers = await resolveSpeakerFilter(store, filter.speaker);
  const source = filter.source === void 0 ? void 0 : store.sourceIds.indexOf(filter.source);
  if (source === -1) deps.io.err(`facts: no source '${filter.source}'
`);
  const hits = [];
  if (matcher) store.scanTexts(kinds);
  for (let i = 0; i < store.recordCount; i++) {
    if (!kinds.includes(store.kind(i))) continue;
    if (source !== void 0 && store.sourceIndex(i) !== source) continue;
    if (speakers) {
      const speaker = store.speaker(i);
      if (speaker === null || !speakers.has(speaker)) continue;
    }
    if (!matcher) {
      hits.push({ index: i, ranges: [] });
      continue;
    }
    const ranges = matcher(store.text(i));
    if (ranges.length > 0) hits.push({ index: i, ranges });
    else if (extraFields?.(store.record(i)).some((t) => matcher(t).length > 0)) hits.push({ index: i, ranges: [] });
  }
  return hits;
}
function hitColumn(column, highlight = false) {
  return { ...column, value: (hit) => column.value(hit.index), highlight: highlight ? (hit) => hit.ranges : void 0 };
}
function textRecordListing(store, hits) {
  const c = storeColumns(store);
  return {
    rows: hits,
    columns: [hitColumn(c.id), hitColumn(c.speaker), hitColumn(c.text, true), hitColumn(c.cue), hitColumn(c.kind), hitColumn(c.source), hitColumn(c.span), hitColumn(c.confidence)],
    defaults: ["id", "speaker", "text", "cue"],
    json: (hit) => store.record(hit.index),
    jsonld: (hit) => recordLd(recordContext(store, store.record(hit.index)))
  };
}

// src/commands/claims.ts
function createClaimsCommand(deps) {
  const cmd = addFilterOptions(new Command("claims").description("the reported statements that are not direct quotes"));
  cmd.action(async (pattern, opts, self) => {
    const { globals, store } = await prepareStore(self, deps);
    const filter = parseFilter(pattern, opts);
    await emit(deps, globals, textRecordListing(store, await filterRecords(store, ["claim"], filter, deps)), describeEmpty(store, ["claim"], filter, "claims"));
  });
  return withExamples(cmd, ["facts claims", "facts claims trump", "facts claims --speaker macron --format csv"]);
}

// src/commands/completion.ts
function createCompletionCommands(deps, buildProgram) {
  const completion = new Command("completion").description("print a shell completion script (bash, zsh or fish)").addArgument(new Argument("<shell>", "the shell").choices(["bash", "zsh", "fish"])).action(async (shell, _opts, self) => {
    refuseOptions(self, ["data", "format", "json", "fields", "limit"], "completion prints a shell script");
    await runTab(deps, buildProgram, ["completion", shell]);
  });
  withExamples(completion, [
    "facts completion bash > ~/.local/share/bash-completion/completions/facts",
    'facts completion zsh > "${fpath[1]}/_facts"',
    "facts completion fish > ~/.config/fish/completions/facts.fish",
    "source <(facts completion bash)"
  ]);
  const complete = new Command("complete").description("answer a completion request (called by the completion scripts)").argument("[words...]").allowUnknownOption().action(async (words) => {
    await runTab(deps, buildProgram, ["complete", "--", ...words]);
  });
  return [completion, complete];
}
function dataPathsIn(words) {
  const paths = [];
  words.forEach((word, i) => {
    if (word === "--data" && words[i + 1] !== void 0) paths.push(words[i + 1]);
    else if (word.startsWith("--data=")) paths.push(word.slice("--data=".length));
  });
  return paths.filter((p) => p !== "");
}
async function runTab(deps, buildProgram, argv) {
  const { default: tab } = await Promise.resolve().then(() => __toESM(require("./tab.cjs")));
  const program2 = buildProgram();
  const root = tab(program2, { completionCommandName: "completion" });
  const named2 = argv[0] === "complete" ? dataPathsIn(argv.slice(2)) : [];
  const choice = named2.length > 0 ? { paths: named2 } : resolveGlobalOptions({ library: !argv.includes("--no-library") }, deps.io).data;
  const store = await loadStore(choice, { ...deps.io, err: () => {
  }, stderrIsTTY: false }).catch(() => void 0);
  if (store) addDataCompletions(root, store);
  const log = console.log;
  let printed = "";
  console.log = (...parts) => printed += `${parts.join(" ")}
`;
  try {
    await program2.parseAsync(argv, { from: "user" });
  } finally {
    console.log = log;
  }
  deps.io.out(argv[0] === "completion" ? printed.replace(/^readonly (ShellCompDirective\w+=\d+)$/gm, "$1") : printed);
}
function addDataCompletions(root, store) {
  const records = (complete) => {
    for (let i = 0; i < store.recordCount; i++) complete(store.id(i), `${store.kind(i)}: ${store.text(i).slice(0, 50)}`);
  };
  const guarantees = (complete) => {
    for (let i = 0; i < store.recordCount; i++) if (store.kind(i) === "guarantee") complete(store.id(i), store.record(i).title);
  };
  const speakers = (complete) => {
    for (const e of store.entities) complete(e.id, e.name);
  };
  const sources = (complete) => {
    for (const s of store.sources) complete(s.id, s.title.slice(0, 50));
  };
  for (const [path, command] of root.commands) {
    const speaker = command.options.get("speaker");
    if (speaker) speaker.handler = speakers;
    const source = command.options.get("source");
    if (source) source.handler = sources;
    const args = [...command.arguments.values()];
    if (path === "show" && args[0]) args[0].handler = records;
    if (path === "guarantees show" && args[0]) args[0].handler = guarantees;
    if (path === "sources" && args[0]) args[0].handler = sources;
    if ((path === "library show" || path === "library remove") && args[0]) args[0].handler = sources;
    if ((path === "attributions" || path === "who") && args[0]) args[0].handler = speakers;
  }
}

// src/commands/entities.ts
function findEntitiesByPattern(data, pattern) {
  if (pattern === void 0 || pattern === "") return data.entities;
  const matcher = createMatcher(pattern);
  return data.entities.filter((e) => {
    const names = [e.name, ...e.aliases];
    return [...names, e.role ?? "", e.type].some((t) => matcher(t).length > 0) || names.some((n) => nameMatches(pattern, n));
  });
}
function entityListing(rows2) {
  return {
    rows: rows2,
    columns: [
      { key: "id", header: "ID", value: (e) => e.id, style: "id" },
      { key: "name", header: "Name", value: (e) => e.name },
      { key: "type", header: "Type", value: (e) => e.type },
      { key: "role", header: "Role", value: (e) => e.role ?? "" },
      { key: "aliases", header: "Aliases", value: (e) => e.aliases.join("; "), wide: true }
    ],
    defaults: ["id", "name", "type", "role", "aliases"],
    json: (e) => e
  };
}
function createEntitiesCommand(deps) {
  const cmd = new Command("entities").description("the people, organizations, countries and groups the sources name").argument("[pattern]", "text in a name, alias, role or type; names forgive spelling").action(async (pattern, _opts, self) => {
    const { globals, store: data } = await prepareStore(self, deps);
    await emit(deps, globals, entityListing(findEntitiesByPattern(data, pattern)), () => `no entity matches '${pattern ?? ""}' ('facts entities' lists all ${data.entities.length})`);
  });
  return withExamples(cmd, ["facts entities", "facts entities person", "facts entities zelenski --json"]);
}

// src/commands/guarantees.ts
function listGuarantees(store) {
  const all = [];
  for (let i = 0; i < store.recordCount; i++) if (store.kind(i) === "guarantee") all.push(store.record(i));
  return all.sort((a, b) => a.n - b.n || a.source.localeCompare(b.source));
}
function findGuarantee(data, key) {
  const all = listGuarantees(data);
  const found = /^\d+$/.test(key) ? all.find((g) => g.n === Number(key)) : all.find((g) => g.id === key);
  if (!found) throw new NotFoundError(`no guarantee '${key}'; there are ${all.length} (1-${all.length}, or an id: ${all.map((g) => g.id).join(", ")})`);
  return found;
}
function guaranteeListing(data, rows2) {
  const c = recordColumns(data);
  return {
    rows: rows2,
    columns: [
      { key: "n", header: "#", value: (g) => String(g.n), style: "number" },
      c.id,
      { key: "title", header: "Guarantee", value: (g) => g.title, wide: true },
      c.text,
      c.speaker,
      c.cue,
      c.source,
      c.span
    ],
    defaults: ["n", "id", "title", "text"],
    json: (g) => g
  };
}
function createGuaranteesCommand(deps) {
  const cmd = new Command("guarantees").description("the security guarantees, in the order they were listed");
  const list = acceptStrayWords(new Command("list").description("list every guarantee (the default)")).action(async (_opts, self) => {
    const [word] = self.args;
    if (word !== void 0) throw new UsageError(unknownCommand(word, ["list", "show"]));
    const { globals, store: data } = await prepareStore(self, deps);
    await emit(deps, globals, guaranteeListing(data, listGuarantees(data)));
  });
  const show = new Command("show").description("show one guarantee in full").argument("<n|id>", "its number in the list, or its id").action(async (key, _opts, self) => {
    refuseOptions(self, ["limit"], "guarantees show prints one guarantee");
    const { globals, store: data } = await prepareStore(self, deps);
    await printDetail(deps.io, guaranteeListing(data, []), findGuarantee(data, key), globals.output);
  });
  withExamples(list, ["facts guarantees list", 'facts guarantees list --json | jq -r ".[].title"']);
  withExamples(show, ["facts guarantees show 3", "facts guarantees show g3 --format json"]);
  cmd.addCommand(list, { isDefault: true });
  cmd.addCommand(show);
  return withExamples(cmd, ["facts guarantees", "facts guarantees show 2", "facts guarantees | cut -f3"]);
}

// src/commands/library.ts
var import_node_fs10 = require("fs");
function libraryListing(rows2) {
  const known2 = (value) => value ?? "";
  const count = (e, kind) => String(e.records.filter((r) => r.kind === kind).length);
  return {
    rows: rows2,
    columns: [
      { key: "id", header: "ID", value: (e) => e.source.id, style: "id" },
      { key: "title", header: "Title", value: (e) => e.source.title, wide: true },
      { key: "publisher", header: "Publisher", value: (e) => known2(e.source.publisher) },
      { key: "published", header: "Published", value: (e) => known2(e.source.published) },
      { key: "byline", header: "Byline", value: (e) => known2(e.source.byline) },
      { key: "url", header: "URL", value: (e) => known2(e.source.url) },
      { key: "quotes", header: "Quotes", value: (e) => count(e, "quote"), style: "number" },
      { key: "speakers", header: "Speakers", value: (e) => e.entities.map((p) => p.name).join(", "), wide: true },
      { key: "figures", header: "Figures", value: (e) => count(e, "number"), style: "number" },
      { key: "claims", header: "Claims", value: (e) => count(e, "claim"), style: "number" },
      { key: "file", header: "File", value: (e) => e.path, style: "dim" }
    ],
    defaults: ["id", "title", "publisher", "published", "quotes"],
    json: (e) => ({ ...withoutText(e), quotes: Number(count(e, "quote")), figures: Number(count(e, "number")), claims: Number(count(e, "claim")), speakers: e.entities.map((p) => p.name), file: e.path })
  };
}
function withoutText(e) {
  const { text: _text, ...info } = e.source;
  return info;
}
async function entries(deps) {
  const { readEntries } = await Promise.resolve().then(() => __toESM(require("./library.cjs")));
  const read = await readEntries(libraryFolder(deps.io.env, deps.io.cwd));
  for (const problem of read.problems) deps.io.err(leftOutWarning(problem));
  return read.entries;
}
function find(all, id) {
  const found = all.find((e) => e.source.id === id);
  if (!found) throw new NotFoundError(`no source '${id}' in the library; ${all.length === 0 ? "it is empty ('facts add FILE' adds one)" : `it has ${all.map((e) => e.source.id).join(", ")}`}`);
  return found;
}
function createLibraryCommand(deps) {
  const cmd = new Command("library").description("the articles you added (facts add), which every command reads with the bundled one");
  const list = acceptStrayWords(new Command("list").description("list the library (the default)")).action(async (_opts, self) => {
    const [word] = self.args;
    if (word !== void 0) throw new UsageError(unknownCommand(word, ["list", "show", "remove", "path"]));
    refuseOptions(self, ["data"], "library reads your library");
    const globals = resolveGlobalOptions(self.optsWithGlobals(), deps.io);
    await emit(deps, globals, libraryListing(await entries(deps)), () => "the library is empty; 'facts add FILE|URL' adds an article");
  });
  const show = new Command("show").description("show one source of the library: what it holds and where").argument("<id>", "its source id").action(async (id, _opts, self) => {
    refuseOptions(self, ["data"], "library reads your library");
    refuseOptions(self, ["limit"], "library show prints one source");
    const globals = resolveGlobalOptions(self.optsWithGlobals(), deps.io);
    const listing = libraryListing([]);
    const all = await entries(deps);
    const every = globals.output.format === "tsv" || globals.output.format === "csv" ? listing.columns.map((c) => c.key) : void 0;
    await printDetail(deps.io, listing, find(all, id), { ...globals.output, fields: globals.output.fields ?? every });
  });
  const remove = new Command("remove").description("remove a source from the library (its file)").argument("<id>", "its source id").action(async (id, _opts, self) => {
    refuseOptions(self, ["data", "format", "json", "fields", "limit"], "library remove removes one source");
    const entry = find(await entries(deps), id);
    try {
      (0, import_node_fs10.rmSync)(entry.path);
    } catch (error) {
      throw new InputError(`${entry.path}: cannot remove: ${describeFsError(error)}`);
    }
    deps.io.out(`removed ${id} (${escapeForTerminal(entry.path)})
`);
    deps.setExitCode(0);
  });
  const path = new Command("path").description("print the library's folder (FACTS_LIBRARY, else $XDG_DATA_HOME/facts/library)").action((_opts, self) => {
    refuseOptions(self, ["data", "format", "json", "fields", "limit"], "library path prints a folder");
    deps.io.out(`${libraryFolder(deps.io.env, deps.io.cwd)}
`);
    deps.setExitCode(0);
  });
  withExamples(list, ["facts library", "facts library --format json"]);
  withExamples(show, ["facts library show tram-extension"]);
  withExamples(remove, ["facts library remove tram-extension"]);
  withExamples(path, ['ls "$(facts library path)"']);
  cmd.addCommand(list, { isDefault: true });
  cmd.addCommand(show);
  cmd.addCommand(remove);
  cmd.addCommand(path);
  return withExamples(cmd, ["facts add article.html", "facts library", "facts library show tram-extension", "facts library remove tram-extension"]);
}

// src/commands/numbers.ts
function numberListing(store, hits) {
  const c = storeColumns(store);
  const parsed = /* @__PURE__ */ new Map();
  const figure = (hit) => {
    let record = parsed.get(hit.index);
    if (!record) parsed.set(hit.index, record = store.record(hit.index));
    return record;
  };
  return {
    rows: hits,
    columns: [
      hitColumn(c.id),
      { key: "value", header: "Value", value: (h) => String(figure(h).value), style: "number" },
      { key: "unit", header: "Unit", value: (h) => figure(h).unit },
      { key: "about", header: "About", value: (h) => figure(h).about, wide: true },
      hitColumn(c.speaker),
      hitColumn(c.text, true),
      hitColumn(c.cue),
      hitColumn(c.kind),
      hitColumn(c.source),
      hitColumn(c.span)
    ],
    defaults: ["id", "value", "unit", "about", "speaker"],
    json: (hit) => store.record(hit.index)
  };
}
function createNumbersCommand(deps) {
  const cmd = addFilterOptions(new Command("numbers").description("the figures: value, unit, what they measure, who said them"));
  cmd.action(async (pattern, opts, self) => {
    const { globals, store } = await prepareStore(self, deps);
    const filter = parseFilter(pattern, opts);
    const hits = await filterRecords(store, ["number"], filter, deps, (r) => [r.unit, r.about]);
    await emit(deps, globals, numberListing(store, hits), describeEmpty(store, ["number"], filter, "figures"));
  });
  return withExamples(cmd, ["facts numbers", "facts numbers countries", 'facts numbers --json | jq ".[].value"']);
}

// src/commands/quotes.ts
function findQuotes(store, filter, deps) {
  return filterRecords(store, ["quote"], filter, deps);
}
function createQuotesCommand(deps) {
  const cmd = addFilterOptions(new Command("quotes").description("grep the quotations: who said what, word for word"));
  cmd.action(async (pattern, opts, self) => {
    const { globals, store } = await prepareStore(self, deps);
    const filter = parseFilter(pattern, opts);
    await emit(deps, globals, textRecordListing(store, await findQuotes(store, filter, deps)), describeEmpty(store, ["quote"], filter, "quotes"));
  });
  return withExamples(cmd, ["facts quotes", "facts quotes peace", "facts quotes -e 'defen(d|ding)'", "facts quotes --speaker macron --json", "facts quotes | cut -f3"]);
}

// src/search/stored.ts
init_store();

// node_modules/world-countries/countries.json
var countries_default = [{ name: { common: "Aruba" }, demonyms: { eng: { f: "Aruban", m: "Aruban" } } }, { name: { common: "Afghanistan" }, demonyms: { eng: { f: "Afghan", m: "Afghan" } } }, { name: { common: "Angola" }, demonyms: { eng: { f: "Angolan", m: "Angolan" } } }, { name: { common: "Anguilla" }, demonyms: { eng: { f: "Anguillian", m: "Anguillian" } } }, { name: { common: "\xC5land Islands" }, demonyms: { eng: { f: "\xC5landish", m: "\xC5landish" } } }, { name: { common: "Albania" }, demonyms: { eng: { f: "Albanian", m: "Albanian" } } }, { name: { common: "Andorra" }, demonyms: { eng: { f: "Andorran", m: "Andorran" } } }, { name: { common: "United Arab Emirates" }, demonyms: { eng: { f: "Emirati", m: "Emirati" } } }, { name: { common: "Argentina" }, demonyms: { eng: { f: "Argentine", m: "Argentine" } } }, { name: { common: "Armenia" }, demonyms: { eng: { f: "Armenian", m: "Armenian" } } }, { name: { common: "American Samoa" }, demonyms: { eng: { f: "American Samoan", m: "American Samoan" } } }, { name: { common: "Antarctica" }, demonyms: { eng: { f: "Antarctican", m: "Antarctican" } } }, { name: { common: "French Southern and Antarctic Lands" }, demonyms: { eng: { f: "French", m: "French" } } }, { name: { common: "Antigua and Barbuda" }, demonyms: { eng: { f: "Antiguan, Barbudan", m: "Antiguan, Barbudan" } } }, { name: { common: "Australia" }, demonyms: { eng: { f: "Australian", m: "Australian" } } }, { name: { common: "Austria" }, demonyms: { eng: { f: "Austrian", m: "Austrian" } } }, { name: { common: "Azerbaijan" }, demonyms: { eng: { f: "Azerbaijani", m: "Azerbaijani" } } }, { name: { common: "Burundi" }, demonyms: { eng: { f: "Burundian", m: "Burundian" } } }, { name: { common: "Belgium" }, demonyms: { eng: { f: "Belgian", m: "Belgian" } } }, { name: { common: "Benin" }, demonyms: { eng: { f: "Beninese", m: "Beninese" } } }, { name: { common: "Burkina Faso" }, demonyms: { eng: { f: "Burkinabe", m: "Burkinabe" } } }, { name: { common: "Bangladesh" }, demonyms: { eng: { f: "Bangladeshi", m: "Bangladeshi" } } }, { name: { common: "Bulgaria" }, demonyms: { eng: { f: "Bulgarian", m: "Bulgarian" } } }, { name: { common: "Bahrain" }, demonyms: { eng: { f: "Bahraini", m: "Bahraini" } } }, { name: { common: "Bahamas" }, demonyms: { eng: { f: "Bahamian", m: "Bahamian" } } }, { name: { common: "Bosnia and Herzegovina" }, demonyms: { eng: { f: "Bosnian, Herzegovinian", m: "Bosnian, Herzegovinian" } } }, { name: { common: "Saint Barth\xE9lemy" }, demonyms: { eng: { f: "Saint Barth\xE9lemy Islander", m: "Saint Barth\xE9lemy Islander" } } }, { name: { common: "Saint Helena, Ascension and Tristan da Cunha" }, demonyms: { eng: { f: "Saint Helenian", m: "Saint Helenian" } } }, { name: { common: "Belarus" }, demonyms: { eng: { f: "Belarusian", m: "Belarusian" } } }, { name: { common: "Belize" }, demonyms: { eng: { f: "Belizean", m: "Belizean" } } }, { name: { common: "Bermuda" }, demonyms: { eng: { f: "Bermudian", m: "Bermudian" } } }, { name: { common: "Bolivia" }, demonyms: { eng: { f: "Bolivian", m: "Bolivian" } } }, { name: { common: "Caribbean Netherlands" }, demonyms: { eng: { f: "Dutch", m: "Dutch" } } }, { name: { common: "Brazil" }, demonyms: { eng: { f: "Brazilian", m: "Brazilian" } } }, { name: { common: "Barbados" }, demonyms: { eng: { f: "Barbadian", m: "Barbadian" } } }, { name: { common: "Brunei" }, demonyms: { eng: { f: "Bruneian", m: "Bruneian" } } }, { name: { common: "Bhutan" }, demonyms: { eng: { f: "Bhutanese", m: "Bhutanese" } } }, { name: { common: "Bouvet Island" }, demonyms: { eng: { f: "", m: "" } } }, { name: { common: "Botswana" }, demonyms: { eng: { f: "Motswana", m: "Motswana" } } }, { name: { common: "Central African Republic" }, demonyms: { eng: { f: "Central African", m: "Central African" } } }, { name: { common: "Canada" }, demonyms: { eng: { f: "Canadian", m: "Canadian" } } }, { name: { common: "Cocos (Keeling) Islands" }, demonyms: { eng: { f: "Cocos Islander", m: "Cocos Islander" } } }, { name: { common: "Switzerland" }, demonyms: { eng: { f: "Swiss", m: "Swiss" } } }, { name: { common: "Chile" }, demonyms: { eng: { f: "Chilean", m: "Chilean" } } }, { name: { common: "China" }, demonyms: { eng: { f: "Chinese", m: "Chinese" } } }, { name: { common: "Ivory Coast" }, demonyms: { eng: { f: "Ivorian", m: "Ivorian" } } }, { name: { common: "Cameroon" }, demonyms: { eng: { f: "Cameroonian", m: "Cameroonian" } } }, { name: { common: "DR Congo" }, demonyms: { eng: { f: "Congolese", m: "Congolese" } } }, { name: { common: "Republic of the Congo" }, demonyms: { eng: { f: "Congolese", m: "Congolese" } } }, { name: { common: "Cook Islands" }, demonyms: { eng: { f: "Cook Islander", m: "Cook Islander" } } }, { name: { common: "Colombia" }, demonyms: { eng: { f: "Colombian", m: "Colombian" } } }, { name: { common: "Comoros" }, demonyms: { eng: { f: "Comoran", m: "Comoran" } } }, { name: { common: "Cape Verde" }, demonyms: { eng: { f: "Cape Verdian", m: "Cape Verdian" } } }, { name: { common: "Costa Rica" }, demonyms: { eng: { f: "Costa Rican", m: "Costa Rican" } } }, { name: { common: "Cuba" }, demonyms: { eng: { f: "Cuban", m: "Cuban" } } }, { name: { common: "Cura\xE7ao" }, demonyms: { eng: { f: "Cura\xE7aoan", m: "Cura\xE7aoan" } } }, { name: { common: "Christmas Island" }, demonyms: { eng: { f: "Christmas Islander", m: "Christmas Islander" } } }, { name: { common: "Cayman Islands" }, demonyms: { eng: { f: "Caymanian", m: "Caymanian" } } }, { name: { common: "Cyprus" }, demonyms: { eng: { f: "Cypriot", m: "Cypriot" } } }, { name: { common: "Czechia" }, demonyms: { eng: { f: "Czech", m: "Czech" } } }, { name: { common: "Germany" }, demonyms: { eng: { f: "German", m: "German" } } }, { name: { common: "Djibouti" }, demonyms: { eng: { f: "Djibouti", m: "Djibouti" } } }, { name: { common: "Dominica" }, demonyms: { eng: { f: "Dominican", m: "Dominican" } } }, { name: { common: "Denmark" }, demonyms: { eng: { f: "Danish", m: "Danish" } } }, { name: { common: "Dominican Republic" }, demonyms: { eng: { f: "Dominican", m: "Dominican" } } }, { name: { common: "Algeria" }, demonyms: { eng: { f: "Algerian", m: "Algerian" } } }, { name: { common: "Ecuador" }, demonyms: { eng: { f: "Ecuadorean", m: "Ecuadorean" } } }, { name: { common: "Egypt" }, demonyms: { eng: { f: "Egyptian", m: "Egyptian" } } }, { name: { common: "Eritrea" }, demonyms: { eng: { f: "Eritrean", m: "Eritrean" } } }, { name: { common: "Western Sahara" }, demonyms: { eng: { f: "Sahrawi", m: "Sahrawi" } } }, { name: { common: "Spain" }, demonyms: { eng: { f: "Spanish", m: "Spanish" } } }, { name: { common: "Estonia" }, demonyms: { eng: { f: "Estonian", m: "Estonian" } } }, { name: { common: "Ethiopia" }, demonyms: { eng: { f: "Ethiopian", m: "Ethiopian" } } }, { name: { common: "Finland" }, demonyms: { eng: { f: "Finnish", m: "Finnish" } } }, { name: { common: "Fiji" }, demonyms: { eng: { f: "Fijian", m: "Fijian" } } }, { name: { common: "Falkland Islands" }, demonyms: { eng: { f: "Falkland Islander", m: "Falkland Islander" } } }, { name: { common: "France" }, demonyms: { eng: { f: "French", m: "French" } } }, { name: { common: "Faroe Islands" }, demonyms: { eng: { f: "Faroese", m: "Faroese" } } }, { name: { common: "Micronesia" }, demonyms: { eng: { f: "Micronesian", m: "Micronesian" } } }, { name: { common: "Gabon" }, demonyms: { eng: { f: "Gabonese", m: "Gabonese" } } }, { name: { common: "United Kingdom" }, demonyms: { eng: { f: "British", m: "British" } } }, { name: { common: "Georgia" }, demonyms: { eng: { f: "Georgian", m: "Georgian" } } }, { name: { common: "Guernsey" }, demonyms: { eng: { f: "Channel Islander", m: "Channel Islander" } } }, { name: { common: "Ghana" }, demonyms: { eng: { f: "Ghanaian", m: "Ghanaian" } } }, { name: { common: "Gibraltar" }, demonyms: { eng: { f: "Gibraltar", m: "Gibraltar" } } }, { name: { common: "Guinea" }, demonyms: { eng: { f: "Guinean", m: "Guinean" } } }, { name: { common: "Guadeloupe" }, demonyms: { eng: { f: "Guadeloupian", m: "Guadeloupian" } } }, { name: { common: "Gambia" }, demonyms: { eng: { f: "Gambian", m: "Gambian" } } }, { name: { common: "Guinea-Bissau" }, demonyms: { eng: { f: "Guinea-Bissauan", m: "Guinea-Bissauan" } } }, { name: { common: "Equatorial Guinea" }, demonyms: { eng: { f: "Equatorial Guinean", m: "Equatorial Guinean" } } }, { name: { common: "Greece" }, demonyms: { eng: { f: "Greek", m: "Greek" } } }, { name: { common: "Grenada" }, demonyms: { eng: { f: "Grenadian", m: "Grenadian" } } }, { name: { common: "Greenland" }, demonyms: { eng: { f: "Greenlandic", m: "Greenlandic" } } }, { name: { common: "Guatemala" }, demonyms: { eng: { f: "Guatemalan", m: "Guatemalan" } } }, { name: { common: "French Guiana" }, demonyms: { eng: { f: "Guianan", m: "Guianan" } } }, { name: { common: "Guam" }, demonyms: { eng: { f: "Guamanian", m: "Guamanian" } } }, { name: { common: "Guyana" }, demonyms: { eng: { f: "Guyanese", m: "Guyanese" } } }, { name: { common: "Hong Kong" }, demonyms: { eng: { f: "Hong Konger", m: "Hong Konger" } } }, { name: { common: "Heard Island and McDonald Islands" }, demonyms: { eng: { f: "Heard and McDonald Islander", m: "Heard and McDonald Islander" } } }, { name: { common: "Honduras" }, demonyms: { eng: { f: "Honduran", m: "Honduran" } } }, { name: { common: "Croatia" }, demonyms: { eng: { f: "Croatian", m: "Croatian" } } }, { name: { common: "Haiti" }, demonyms: { eng: { f: "Haitian", m: "Haitian" } } }, { name: { common: "Hungary" }, demonyms: { eng: { f: "Hungarian", m: "Hungarian" } } }, { name: { common: "Indonesia" }, demonyms: { eng: { f: "Indonesian", m: "Indonesian" } } }, { name: { common: "Isle of Man" }, demonyms: { eng: { f: "Manx", m: "Manx" } } }, { name: { common: "India" }, demonyms: { eng: { f: "Indian", m: "Indian" } } }, { name: { common: "British Indian Ocean Territory" }, demonyms: { eng: { f: "Indian", m: "Indian" } } }, { name: { common: "Ireland" }, demonyms: { eng: { f: "Irish", m: "Irish" } } }, { name: { common: "Iran" }, demonyms: { eng: { f: "Iranian", m: "Iranian" } } }, { name: { common: "Iraq" }, demonyms: { eng: { f: "Iraqi", m: "Iraqi" } } }, { name: { common: "Iceland" }, demonyms: { eng: { f: "Icelander", m: "Icelander" } } }, { name: { common: "Israel" }, demonyms: { eng: { f: "Israeli", m: "Israeli" } } }, { name: { common: "Italy" }, demonyms: { eng: { f: "Italian", m: "Italian" } } }, { name: { common: "Jamaica" }, demonyms: { eng: { f: "Jamaican", m: "Jamaican" } } }, { name: { common: "Jersey" }, demonyms: { eng: { f: "Channel Islander", m: "Channel Islander" } } }, { name: { common: "Jordan" }, demonyms: { eng: { f: "Jordanian", m: "Jordanian" } } }, { name: { common: "Japan" }, demonyms: { eng: { f: "Japanese", m: "Japanese" } } }, { name: { common: "Kazakhstan" }, demonyms: { eng: { f: "Kazakhstani", m: "Kazakhstani" } } }, { name: { common: "Kenya" }, demonyms: { eng: { f: "Kenyan", m: "Kenyan" } } }, { name: { common: "Kyrgyzstan" }, demonyms: { eng: { f: "Kirghiz", m: "Kirghiz" } } }, { name: { common: "Cambodia" }, demonyms: { eng: { f: "Cambodian", m: "Cambodian" } } }, { name: { common: "Kiribati" }, demonyms: { eng: { f: "I-Kiribati", m: "I-Kiribati" } } }, { name: { common: "Saint Kitts and Nevis" }, demonyms: { eng: { f: "Kittitian or Nevisian", m: "Kittitian or Nevisian" } } }, { name: { common: "South Korea" }, demonyms: { eng: { f: "South Korean", m: "South Korean" } } }, { name: { common: "Kosovo" }, demonyms: { eng: { f: "Kosovar", m: "Kosovar" } } }, { name: { common: "Kuwait" }, demonyms: { eng: { f: "Kuwaiti", m: "Kuwaiti" } } }, { name: { common: "Laos" }, demonyms: { eng: { f: "Laotian", m: "Laotian" } } }, { name: { common: "Lebanon" }, demonyms: { eng: { f: "Lebanese", m: "Lebanese" } } }, { name: { common: "Liberia" }, demonyms: { eng: { f: "Liberian", m: "Liberian" } } }, { name: { common: "Libya" }, demonyms: { eng: { f: "Libyan", m: "Libyan" } } }, { name: { common: "Saint Lucia" }, demonyms: { eng: { f: "Saint Lucian", m: "Saint Lucian" } } }, { name: { common: "Liechtenstein" }, demonyms: { eng: { f: "Liechtensteiner", m: "Liechtensteiner" } } }, { name: { common: "Sri Lanka" }, demonyms: { eng: { f: "Sri Lankan", m: "Sri Lankan" } } }, { name: { common: "Lesotho" }, demonyms: { eng: { f: "Mosotho", m: "Mosotho" } } }, { name: { common: "Lithuania" }, demonyms: { eng: { f: "Lithuanian", m: "Lithuanian" } } }, { name: { common: "Luxembourg" }, demonyms: { eng: { f: "Luxembourger", m: "Luxembourger" } } }, { name: { common: "Latvia" }, demonyms: { eng: { f: "Latvian", m: "Latvian" } } }, { name: { common: "Macau" }, demonyms: { eng: { f: "Macanese", m: "Macanese" } } }, { name: { common: "Saint Martin" }, demonyms: { eng: { f: "Saint Martin Islander", m: "Saint Martin Islander" } } }, { name: { common: "Morocco" }, demonyms: { eng: { f: "Moroccan", m: "Moroccan" } } }, { name: { common: "Monaco" }, demonyms: { eng: { f: "Monegasque", m: "Monegasque" } } }, { name: { common: "Moldova" }, demonyms: { eng: { f: "Moldovan", m: "Moldovan" } } }, { name: { common: "Madagascar" }, demonyms: { eng: { f: "Malagasy", m: "Malagasy" } } }, { name: { common: "Maldives" }, demonyms: { eng: { f: "Maldivan", m: "Maldivan" } } }, { name: { common: "Mexico" }, demonyms: { eng: { f: "Mexican", m: "Mexican" } } }, { name: { common: "Marshall Islands" }, demonyms: { eng: { f: "Marshallese", m: "Marshallese" } } }, { name: { common: "North Macedonia" }, demonyms: { eng: { f: "Macedonian", m: "Macedonian" } } }, { name: { common: "Mali" }, demonyms: { eng: { f: "Malian", m: "Malian" } } }, { name: { common: "Malta" }, demonyms: { eng: { f: "Maltese", m: "Maltese" } } }, { name: { common: "Myanmar" }, demonyms: { eng: { f: "Burmese", m: "Burmese" } } }, { name: { common: "Montenegro" }, demonyms: { eng: { f: "Montenegrin", m: "Montenegrin" } } }, { name: { common: "Mongolia" }, demonyms: { eng: { f: "Mongolian", m: "Mongolian" } } }, { name: { common: "Northern Mariana Islands" }, demonyms: { eng: { f: "American", m: "American" } } }, { name: { common: "Mozambique" }, demonyms: { eng: { f: "Mozambican", m: "Mozambican" } } }, { name: { common: "Mauritania" }, demonyms: { eng: { f: "Mauritanian", m: "Mauritanian" } } }, { name: { common: "Montserrat" }, demonyms: { eng: { f: "Montserratian", m: "Montserratian" } } }, { name: { common: "Martinique" }, demonyms: { eng: { f: "Martinican", m: "Martinican" } } }, { name: { common: "Mauritius" }, demonyms: { eng: { f: "Mauritian", m: "Mauritian" } } }, { name: { common: "Malawi" }, demonyms: { eng: { f: "Malawian", m: "Malawian" } } }, { name: { common: "Malaysia" }, demonyms: { eng: { f: "Malaysian", m: "Malaysian" } } }, { name: { common: "Mayotte" }, demonyms: { eng: { f: "Mahoran", m: "Mahoran" } } }, { name: { common: "Namibia" }, demonyms: { eng: { f: "Namibian", m: "Namibian" } } }, { name: { common: "New Caledonia" }, demonyms: { eng: { f: "New Caledonian", m: "New Caledonian" } } }, { name: { common: "Niger" }, demonyms: { eng: { f: "Nigerien", m: "Nigerien" } } }, { name: { common: "Norfolk Island" }, demonyms: { eng: { f: "Norfolk Islander", m: "Norfolk Islander" } } }, { name: { common: "Nigeria" }, demonyms: { eng: { f: "Nigerian", m: "Nigerian" } } }, { name: { common: "Nicaragua" }, demonyms: { eng: { f: "Nicaraguan", m: "Nicaraguan" } } }, { name: { common: "Niue" }, demonyms: { eng: { f: "Niuean", m: "Niuean" } } }, { name: { common: "Netherlands" }, demonyms: { eng: { f: "Dutch", m: "Dutch" } } }, { name: { common: "Norway" }, demonyms: { eng: { f: "Norwegian", m: "Norwegian" } } }, { name: { common: "Nepal" }, demonyms: { eng: { f: "Nepalese", m: "Nepalese" } } }, { name: { common: "Nauru" }, demonyms: { eng: { f: "Nauruan", m: "Nauruan" } } }, { name: { common: "New Zealand" }, demonyms: { eng: { f: "New Zealander", m: "New Zealander" } } }, { name: { common: "Oman" }, demonyms: { eng: { f: "Omani", m: "Omani" } } }, { name: { common: "Pakistan" }, demonyms: { eng: { f: "Pakistani", m: "Pakistani" } } }, { name: { common: "Panama" }, demonyms: { eng: { f: "Panamanian", m: "Panamanian" } } }, { name: { common: "Pitcairn Islands" }, demonyms: { eng: { f: "Pitcairn Islander", m: "Pitcairn Islander" } } }, { name: { common: "Peru" }, demonyms: { eng: { f: "Peruvian", m: "Peruvian" } } }, { name: { common: "Philippines" }, demonyms: { eng: { f: "Filipino", m: "Filipino" } } }, { name: { common: "Palau" }, demonyms: { eng: { f: "Palauan", m: "Palauan" } } }, { name: { common: "Papua New Guinea" }, demonyms: { eng: { f: "Papua New Guinean", m: "Papua New Guinean" } } }, { name: { common: "Poland" }, demonyms: { eng: { f: "Polish", m: "Polish" } } }, { name: { common: "Puerto Rico" }, demonyms: { eng: { f: "Puerto Rican", m: "Puerto Rican" } } }, { name: { common: "North Korea" }, demonyms: { eng: { f: "North Korean", m: "North Korean" } } }, { name: { common: "Portugal" }, demonyms: { eng: { f: "Portuguese", m: "Portuguese" } } }, { name: { common: "Paraguay" }, demonyms: { eng: { f: "Paraguayan", m: "Paraguayan" } } }, { name: { common: "Palestine" }, demonyms: { eng: { f: "Palestinian", m: "Palestinian" } } }, { name: { common: "French Polynesia" }, demonyms: { eng: { f: "French Polynesian", m: "French Polynesian" } } }, { name: { common: "Qatar" }, demonyms: { eng: { f: "Qatari", m: "Qatari" } } }, { name: { common: "R\xE9union" }, demonyms: { eng: { f: "R\xE9unionese", m: "R\xE9unionese" } } }, { name: { common: "Romania" }, demonyms: { eng: { f: "Romanian", m: "Romanian" } } }, { name: { common: "Russia" }, demonyms: { eng: { f: "Russian", m: "Russian" } } }, { name: { common: "Rwanda" }, demonyms: { eng: { f: "Rwandan", m: "Rwandan" } } }, { name: { common: "Saudi Arabia" }, demonyms: { eng: { f: "Saudi Arabian", m: "Saudi Arabian" } } }, { name: { common: "Sudan" }, demonyms: { eng: { f: "Sudanese", m: "Sudanese" } } }, { name: { common: "Senegal" }, demonyms: { eng: { f: "Senegalese", m: "Senegalese" } } }, { name: { common: "Singapore" }, demonyms: { eng: { f: "Singaporean", m: "Singaporean" } } }, { name: { common: "South Georgia" }, demonyms: { eng: { f: "South Georgian South Sandwich Islander", m: "South Georgian South Sandwich Islander" } } }, { name: { common: "Svalbard and Jan Mayen" }, demonyms: { eng: { f: "Norwegian", m: "Norwegian" } } }, { name: { common: "Solomon Islands" }, demonyms: { eng: { f: "Solomon Islander", m: "Solomon Islander" } } }, { name: { common: "Sierra Leone" }, demonyms: { eng: { f: "Sierra Leonean", m: "Sierra Leonean" } } }, { name: { common: "El Salvador" }, demonyms: { eng: { f: "Salvadoran", m: "Salvadoran" } } }, { name: { common: "San Marino" }, demonyms: { eng: { f: "Sammarinese", m: "Sammarinese" } } }, { name: { common: "Somalia" }, demonyms: { eng: { f: "Somali", m: "Somali" } } }, { name: { common: "Saint Pierre and Miquelon" }, demonyms: { eng: { f: "Saint-Pierrais, Miquelonnais", m: "Saint-Pierrais, Miquelonnais" } } }, { name: { common: "Serbia" }, demonyms: { eng: { f: "Serbian", m: "Serbian" } } }, { name: { common: "South Sudan" }, demonyms: { eng: { f: "South Sudanese", m: "South Sudanese" } } }, { name: { common: "S\xE3o Tom\xE9 and Pr\xEDncipe" }, demonyms: { eng: { f: "Sao Tomean", m: "Sao Tomean" } } }, { name: { common: "Suriname" }, demonyms: { eng: { f: "Surinamer", m: "Surinamer" } } }, { name: { common: "Slovakia" }, demonyms: { eng: { f: "Slovak", m: "Slovak" } } }, { name: { common: "Slovenia" }, demonyms: { eng: { f: "Slovene", m: "Slovene" } } }, { name: { common: "Sweden" }, demonyms: { eng: { f: "Swedish", m: "Swedish" } } }, { name: { common: "Eswatini" }, demonyms: { eng: { f: "Swazi", m: "Swazi" } } }, { name: { common: "Sint Maarten" }, demonyms: { eng: { f: "St. Maartener", m: "St. Maartener" } } }, { name: { common: "Seychelles" }, demonyms: { eng: { f: "Seychellois", m: "Seychellois" } } }, { name: { common: "Syria" }, demonyms: { eng: { f: "Syrian", m: "Syrian" } } }, { name: { common: "Turks and Caicos Islands" }, demonyms: { eng: { f: "Turks and Caicos Islander", m: "Turks and Caicos Islander" } } }, { name: { common: "Chad" }, demonyms: { eng: { f: "Chadian", m: "Chadian" } } }, { name: { common: "Togo" }, demonyms: { eng: { f: "Togolese", m: "Togolese" } } }, { name: { common: "Thailand" }, demonyms: { eng: { f: "Thai", m: "Thai" } } }, { name: { common: "Tajikistan" }, demonyms: { eng: { f: "Tadzhik", m: "Tadzhik" } } }, { name: { common: "Tokelau" }, demonyms: { eng: { f: "Tokelauan", m: "Tokelauan" } } }, { name: { common: "Turkmenistan" }, demonyms: { eng: { f: "Turkmen", m: "Turkmen" } } }, { name: { common: "Timor-Leste" }, demonyms: { eng: { f: "East Timorese", m: "East Timorese" } } }, { name: { common: "Tonga" }, demonyms: { eng: { f: "Tongan", m: "Tongan" } } }, { name: { common: "Trinidad and Tobago" }, demonyms: { eng: { f: "Trinidadian", m: "Trinidadian" } } }, { name: { common: "Tunisia" }, demonyms: { eng: { f: "Tunisian", m: "Tunisian" } } }, { name: { common: "T\xFCrkiye" }, demonyms: { eng: { f: "Turkish", m: "Turkish" } } }, { name: { common: "Tuvalu" }, demonyms: { eng: { f: "Tuvaluan", m: "Tuvaluan" } } }, { name: { common: "Taiwan" }, demonyms: { eng: { f: "Taiwanese", m: "Taiwanese" } } }, { name: { common: "Tanzania" }, demonyms: { eng: { f: "Tanzanian", m: "Tanzanian" } } }, { name: { common: "Uganda" }, demonyms: { eng: { f: "Ugandan", m: "Ugandan" } } }, { name: { common: "Ukraine" }, demonyms: { eng: { f: "Ukrainian", m: "Ukrainian" } } }, { name: { common: "United States Minor Outlying Islands" }, demonyms: { eng: { f: "American Islander", m: "American Islander" } } }, { name: { common: "Uruguay" }, demonyms: { eng: { f: "Uruguayan", m: "Uruguayan" } } }, { name: { common: "United States" }, demonyms: { eng: { f: "American", m: "American" } } }, { name: { common: "Uzbekistan" }, demonyms: { eng: { f: "Uzbekistani", m: "Uzbekistani" } } }, { name: { common: "Vatican City" }, demonyms: { eng: { f: "Vatican", m: "Vatican" } } }, { name: { common: "Saint Vincent and the Grenadines" }, demonyms: { eng: { f: "Saint Vincentian", m: "Saint Vincentian" } } }, { name: { common: "Venezuela" }, demonyms: { eng: { f: "Venezuelan", m: "Venezuelan" } } }, { name: { common: "British Virgin Islands" }, demonyms: { eng: { f: "Virgin Islander", m: "Virgin Islander" } } }, { name: { common: "United States Virgin Islands" }, demonyms: { eng: { f: "Virgin Islander", m: "Virgin Islander" } } }, { name: { common: "Vietnam" }, demonyms: { eng: { f: "Vietnamese", m: "Vietnamese" } } }, { name: { common: "Vanuatu" }, demonyms: { eng: { f: "Ni-Vanuatu", m: "Ni-Vanuatu" } } }, { name: { common: "Wallis and Futuna" }, demonyms: { eng: { f: "Wallis and Futuna Islander", m: "Wallis and Futuna Islander" } } }, { name: { common: "Samoa" }, demonyms: { eng: { f: "Samoan", m: "Samoan" } } }, { name: { common: "Yemen" }, demonyms: { eng: { f: "Yemeni", m: "Yemeni" } } }, { name: { common: "South Africa" }, demonyms: { eng: { f: "South African", m: "South African" } } }, { name: { common: "Zambia" }, demonyms: { eng: { f: "Zambian", m: "Zambian" } } }, { name: { common: "Zimbabwe" }, demonyms: { eng: { f: "Zimbabwean", m: "Zimbabwean" } } }];

// src/search/countries.ts
init_words();
var forms;
function countryTable() {
  if (forms) return forms;
  forms = /* @__PURE__ */ new Map();
  for (const c of countries_default) {
    const name = c.name.common;
    const demonyms = [...new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((d) => !!d))];
    const key = (s) => s.split(/\s+/).map(normalizeWord).join(" ");
    forms.set(key(name), [...forms.get(key(name)) ?? [], ...demonyms]);
    for (const d of demonyms) forms.set(key(d), [...forms.get(key(d)) ?? [], name]);
  }
  return forms;
}
function countryForms(text) {
  if (text === "") return [];
  const table = countryTable();
  const words = text.split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean).map(normalizeWord);
  const out = [];
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= 3 && i + n <= words.length; n++) {
      const other = table.get(words.slice(i, i + n).join(" "));
      if (other) out.push(...other);
    }
  }
  return [...new Set(out)];
}

// src/search/search.ts
init_column();
init_word_ids();
init_words();
function docFields(doc) {
  if (doc.type === "entity") return [doc.entity.name, ...doc.entity.aliases, doc.entity.role ?? "", ...countryForms(doc.entity.role ?? "")];
  const r = doc.record;
  const fields = r.kind === "number" ? [r.about, r.text, r.unit] : [r.text];
  if (r.kind === "guarantee") fields.push(r.title);
  return fields;
}
function speakerNameWords(entities) {
  return entities.map((e) => [...new Set([e.name, ...e.aliases].flatMap((n) => tokenize(n).map((w) => w.norm)))]);
}
function buildSearchIndex(source, columns = IN_MEMORY) {
  const ids = new WordIds();
  const lengths = new Uint32Array(source.count);
  const pairs = columns.u32();
  let lastDoc = new Int32Array(1 << 12).fill(-1);
  for (let d = 0; d < source.count; d++) {
    source.fields(d).forEach((field, f) => {
      const scanner = new WordScanner(field);
      while (scanner.next(false)) {
        if (f === 0) lengths[d] = lengths[d] + 1;
        const id = scanner.plain ? ids.plainId(field, scanner.start, scanner.end) : ids.id(normalizeWord(field.slice(scanner.start, scanner.end)));
        if (id >= lastDoc.length) {
          const grown = new Int32Array(lastDoc.length * 2).fill(-1);
          grown.set(lastDoc);
          lastDoc = grown;
        }
        if (lastDoc[id] === d) continue;
        lastDoc[id] = d;
        pairs.push(id);
        pairs.push(d);
      }
    });
  }
  const vocab = [...ids.words].sort();
  const rank = new Map(vocab.map((w, r) => [w, r]));
  const rankOf = Uint32Array.from(ids.words, (w) => rank.get(w));
  const { values, offsets } = packPostings(vocab.length, (each) => {
    let word = 0;
    pairs.forEach((value, k) => {
      if (k % 2 === 0) word = rankOf[value];
      else each(word, value);
    });
  });
  pairs.discard();
  const postings = (w) => values.subarray(offsets[w], offsets[w + 1]);
  return { index: indexFromParts(vocab, postings, (w) => offsets[w + 1] - offsets[w], lengths), values, offsets };
}
function indexFromParts(vocab, postings, documentFrequency, lengths) {
  const byLength = [];
  vocab.forEach((w, i) => (byLength[w.length] ??= []).push(i));
  return { docCount: lengths.length, vocab, postings, documentFrequency, byLength, lengths };
}
function rankOrder(scoreA, docA, scoreB, docB, lengths) {
  return scoreA - scoreB || lengths[docA] - lengths[docB] || docA - docB;
}
function compareHits(lengths) {
  return (a, b) => rankOrder(a.score, a.doc, b.score, b.doc, lengths);
}
function matchVocabulary(index, query) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const max = allowedEdits(query.length);
  for (let len = Math.max(1, query.length - max); len <= query.length + max; len++) {
    for (const i of index.byLength[len] ?? []) {
      const similarity = wordSimilarity(query, index.vocab[i]);
      if (similarity > 0) {
        out.push({ word: i, similarity });
        seen.add(i);
      }
    }
  }
  if (query.length >= 4) {
    for (let i = lowerBound(index.vocab, query); i < index.vocab.length && index.vocab[i].startsWith(query); i++) {
      if (seen.has(i)) continue;
      const similarity = wordSimilarity(query, index.vocab[i]);
      if (similarity > 0) out.push({ word: i, similarity });
    }
  }
  return out;
}
function lowerBound(sorted, key) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (sorted[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function queryWords(query) {
  return [...new Set(tokenize(query).map((w) => w.norm))];
}
function combineScore(matched, total, coverage) {
  return 1 - (2 * (matched / total) + coverage) / 3;
}
function inverseDocumentFrequency(df, n) {
  return Math.log(1 + n / Math.max(df, 0.5));
}
var SPEAKER_SIMILARITY = 0.9;
var MIN_COMPOUND_PART = 3;
var PROXIMITY_LIMIT = 1e3;
function querySequence(query) {
  return tokenize(query).map((w) => w.norm);
}
function joinedForms(sequence) {
  const joins = /* @__PURE__ */ new Map();
  for (let k = 0; k + 1 < sequence.length; k++) {
    const a = sequence[k];
    const b = sequence[k + 1];
    for (const w of [a, b]) joins.set(w, [...joins.get(w) ?? [], a + b]);
  }
  return joins;
}
function compoundSplits(word) {
  const out = [];
  for (let cut = MIN_COMPOUND_PART; cut <= word.length - MIN_COMPOUND_PART; cut++) out.push([word.slice(0, cut), word.slice(cut)]);
  return out;
}
function exactWord(index, word) {
  const i = lowerBound(index.vocab, word);
  return index.vocab[i] === word ? i : -1;
}
function intersect(a, b) {
  const out = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] < b[j]) i++;
    else if (a[i] > b[j]) j++;
    else {
      out.push(a[i]);
      i++;
      j++;
    }
  }
  return out;
}
function nameSimilarity(query, names) {
  let best = 0;
  for (const n of names) best = Math.max(best, wordSimilarity(query, n));
  return best;
}
function searchIndex(index, query, threshold, context = {}) {
  const words = queryWords(query);
  if (words.length === 0 || index.docCount === 0) return [];
  const sequence = querySequence(query);
  const joins = joinedForms(sequence);
  const n = index.docCount;
  const matched = new Uint16Array(n);
  const weighted = new Float64Array(n);
  const best = new Float64Array(n);
  const touchedAll = new Uint32Array(n);
  let touchedAllCount = 0;
  const touched = new Uint32Array(n);
  let bySpeaker;
  let totalWeight = 0;
  for (const q of words) {
    const matches = matchVocabulary(index, q);
    let weight = inverseDocumentFrequency(0, n);
    let bestSimilarity = -1;
    for (const m of matches) {
      const idf = inverseDocumentFrequency(index.documentFrequency(m.word), n);
      if (m.similarity > bestSimilarity || m.similarity === bestSimilarity && idf > weight) {
        bestSimilarity = m.similarity;
        weight = idf;
      }
    }
    totalWeight += weight;
    let touchedCount = 0;
    const credit = (doc, similarity) => {
      if (best[doc] === 0) touched[touchedCount++] = doc;
      if (similarity > best[doc]) best[doc] = similarity;
    };
    for (const m of matches) for (const doc of index.postings(m.word)) credit(doc, m.similarity);
    for (const [a, b] of compoundSplits(q)) {
      const ia = exactWord(index, a);
      const ib = ia < 0 ? -1 : exactWord(index, b);
      if (ib >= 0) for (const doc of intersect(index.postings(ia), index.postings(ib))) credit(doc, 1);
    }
    for (const joined of joins.get(q) ?? []) {
      const i = exactWord(index, joined);
      if (i >= 0) for (const doc of index.postings(i)) credit(doc, 1);
    }
    if (context.speakerOf && context.speakerNames) {
      const similarity = context.speakerNames.map((names) => SPEAKER_SIMILARITY * nameSimilarity(q, names));
      if (similarity.some((s) => s > 0)) {
        if (!bySpeaker) {
          bySpeaker = context.speakerNames.map(() => []);
          for (let doc = 0; doc < n; doc++) bySpeaker[context.speakerOf(doc)]?.push(doc);
        }
        similarity.forEach((s, e) => {
          if (s > 0) for (const doc of bySpeaker[e]) credit(doc, s);
        });
      }
    }
    for (let t = 0; t < touchedCount; t++) {
      const doc = touched[t];
      if (matched[doc] === 0) touchedAll[touchedAllCount++] = doc;
      matched[doc] = matched[doc] + 1;
      weighted[doc] = weighted[doc] + weight * best[doc];
      best[doc] = 0;
    }
  }
  const accept = context.accept ?? (() => true);
  const scoreOf = (doc) => combineScore(matched[doc], words.length, weighted[doc] / totalWeight);
  const keep = context.limit === void 0 ? Infinity : Math.max(context.limit, context.text ? PROXIMITY_LIMIT : 0);
  const docs = touchedAll.subarray(0, touchedAllCount);
  const hits = docs.length > keep ? bestHits(docs, scoreOf, threshold, accept, keep, index.lengths) : [];
  if (docs.length <= keep) {
    for (const doc of docs) {
      const score = scoreOf(doc);
      if (score <= threshold && accept(doc)) hits.push({ doc, score });
    }
  }
  hits.sort(compareHits(index.lengths));
  const ranked = context.text ? rankPhrases(hits, sequence, context.text, index.lengths) : hits;
  return context.limit === void 0 ? ranked : ranked.slice(0, context.limit);
}
function bestHits(docs, scoreOf, threshold, accept, keep, lengths) {
  const heapDocs = new Uint32Array(keep);
  const heapScores = new Float64Array(keep);
  let size = 0;
  const after = (sa, da, sb, db) => rankOrder(sa, da, sb, db, lengths);
  const swap = (i, j) => {
    const d = heapDocs[i];
    heapDocs[i] = heapDocs[j];
    heapDocs[j] = d;
    const s = heapScores[i];
    heapScores[i] = heapScores[j];
    heapScores[j] = s;
  };
  const worse = (i, j) => after(heapScores[i], heapDocs[i], heapScores[j], heapDocs[j]) > 0;
  for (const doc of docs) {
    const score = scoreOf(doc);
    if (score > threshold) continue;
    if (size === keep && after(score, doc, heapScores[0], heapDocs[0]) >= 0) continue;
    if (!accept(doc)) continue;
    if (size < keep) {
      heapDocs[size] = doc;
      heapScores[size] = score;
      for (let i = size++; i > 0 && worse(i, i - 1 >> 1); i = i - 1 >> 1) swap(i, i - 1 >> 1);
      continue;
    }
    heapDocs[0] = doc;
    heapScores[0] = score;
    for (let i = 0; ; ) {
      const l = 2 * i + 1;
      const r = l + 1;
      let top = i;
      if (l < size && worse(l, top)) top = l;
      if (r < size && worse(r, top)) top = r;
      if (top === i) break;
      swap(i, top);
      i = top;
    }
  }
  return Array.from({ length: size }, (_, i) => ({ doc: heapDocs[i], score: heapScores[i] }));
}
function phraseProximity(text, sequence, known2 = /* @__PURE__ */ new Map()) {
  if (sequence.length < 2) return 0;
  const at = sequence.map(() => []);
  const scanner = new WordScanner(text);
  for (let j = 0; scanner.next(); j++) {
    let matches = known2.get(scanner.norm);
    if (matches === void 0) known2.set(scanner.norm, matches = sequence.map((q) => wordSimilarity(q, scanner.norm) > 0));
    for (let k = 0; k < matches.length; k++) if (matches[k]) at[k].push(j);
  }
  let credit = 0;
  for (let k = 0; k + 1 < sequence.length; k++) {
    let nearest = Infinity;
    for (const a of at[k]) for (const b of at[k + 1]) if (b > a) nearest = Math.min(nearest, b - a);
    credit += nearest === 1 ? 1 : nearest <= 3 ? 0.5 : 0;
  }
  return credit / (sequence.length - 1);
}
function rankPhrases(hits, sequence, text, lengths) {
  if (sequence.length < 2 || hits.length < 2) return hits;
  const top = hits.slice(0, PROXIMITY_LIMIT);
  const known2 = /* @__PURE__ */ new Map();
  const proximity = new Map(top.map((h) => [h.doc, phraseProximity(text(h.doc), sequence, known2)]));
  const byLength = compareHits(lengths);
  top.sort((a, b) => a.score - b.score || proximity.get(b.doc) - proximity.get(a.doc) || byLength(a, b));
  return [...top, ...hits.slice(PROXIMITY_LIMIT)];
}
function docText(doc) {
  return doc.type === "record" ? doc.record.text : [doc.entity.name, ...doc.entity.aliases].join("; ");
}
function matchedRanges(text, words) {
  return tokenize(text).filter((w) => words.some((q) => wordSimilarity(q, w.norm) > 0)).map((w) => ({ start: w.start, end: w.end }));
}

// src/search/stored.ts
var SEARCH_FORMAT = 1;
var searchIndexOf = oncePerStore(openOrBuild);
async function openOrBuild(store) {
  const place = store.place("search");
  const file = place.read();
  if (file && file.meta.format === SEARCH_FORMAT) {
    const offsets2 = file.u32("offsets");
    const lists = /* @__PURE__ */ new Map();
    const postings = (word) => {
      let list = lists.get(word);
      if (!list) lists.set(word, list = file.u32Range("postings", offsets2[word], offsets2[word + 1]));
      return list;
    };
    const frequency = (word) => offsets2[word + 1] - offsets2[word];
    return indexFromParts(file.text("vocab").split("\n"), postings, frequency, file.u32("lengths"));
  }
  place.building("a search index");
  const { index, values, offsets } = buildSearchIndex(storeSearchSource(store), place.columns());
  place.write({ format: SEARCH_FORMAT }, { vocab: index.vocab.join("\n"), postings: values, offsets, lengths: index.lengths });
  return index;
}
function storeSearchSource(store) {
  store.scanTexts(["guarantee", "quote", "number", "claim"]);
  const records = store.recordCount;
  return {
    count: records + store.entities.length,
    fields: (d) => {
      if (d >= records) return docFields({ type: "entity", entity: store.entities[d - records] });
      const kind = store.kind(d);
      return kind === "quote" || kind === "claim" ? [store.text(d)] : docFields({ type: "record", record: store.record(d) });
    }
  };
}

// src/commands/search.ts
var SEARCH_KINDS = ["guarantee", "quote", "number", "claim", "entity"];
var MANY_ROWS = 2e3;
var DEFAULT_THRESHOLD = 0.45;
async function runSearch(store, query, options) {
  const index = await searchIndexOf(store);
  const records = store.recordCount;
  const accept = options.kinds || options.speakers ? (id) => {
    const kind = id < records ? store.kind(id) : "entity";
    if (options.kinds && !options.kinds.has(kind)) return false;
    if (options.speakers) {
      const speaker = id < records ? store.speaker(id) : null;
      return speaker !== null && options.speakers.has(speaker);
    }
    return true;
  } : void 0;
  const words = queryWords(query);
  return searchIndex(index, query, options.threshold, { ...storeSearchContext(store), accept, limit: options.limit }).map((hit) => ({ doc: hit.doc, score: hit.score, words }));
}
function storeSearchContext(store) {
  const records = store.recordCount;
  const entityIndex = new Map(store.entities.map((e, i) => [e.id, i]));
  const speakerOf = (doc) => {
    const speaker = doc < records ? store.speaker(doc) : null;
    return speaker === null ? -1 : entityIndex.get(speaker) ?? -1;
  };
  const text = (doc) => doc < records ? store.text(doc) : docText({ type: "entity", entity: store.entities[doc - records] });
  return { speakerOf, speakerNames: speakerNameWords(store.entities), text };
}
function resultDoc(store, result) {
  return result.doc < store.recordCount ? { type: "record", record: store.record(result.doc) } : { type: "entity", entity: store.entities[result.doc - store.recordCount] };
}
function searchListing(store, results) {
  const c = storeColumns(store);
  const n = store.recordCount;
  const entity = (h) => store.entities[h.doc - n];
  const column = (col, forEntity = () => "") => ({
    key: col.key,
    header: col.header,
    wide: col.wide,
    style: col.style,
    value: (h) => h.doc < n ? col.value(h.doc) : forEntity(entity(h))
  });
  const recordField = (get) => (h) => h.doc < n ? get(store.record(h.doc)) : "";
  const text = column(c.text, (entity2) => docText({ type: "entity", entity: entity2 }));
  return {
    rows: results,
    columns: [
      { key: "score", header: "Score", value: (h) => h.score.toFixed(3), style: "number" },
      column(c.kind, () => "entity"),
      column(c.id, (e) => e.id),
      column(c.speaker),
      { ...text, highlight: (h) => matchedRanges(text.value(h), h.words) },
      { key: "title", header: "Title", value: recordField((r) => r.kind === "guarantee" ? r.title : "") },
      { key: "about", header: "About", value: recordField((r) => r.kind === "number" ? r.about : "") },
      column(c.cue),
      column(c.source),
      column(c.span)
    ],
    defaults: ["score", "kind", "id", "speaker", "text"],
    json: (h) => {
      const doc = resultDoc(store, h);
      return { ...doc.type === "entity" ? doc.entity : doc.record, score: Number(h.score.toFixed(6)) };
    }
  };
}
function parseThreshold(value) {
  const n = Number(value);
  if (value.trim() === "" || !Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError("it takes a number from 0 (exact) to 1 (anything).");
  return n;
}
function parseKinds(value, previous = []) {
  const kinds = value.split(",").map((k) => k.trim());
  const unknown = kinds.filter((k) => !SEARCH_KINDS.includes(k));
  if (unknown.length > 0) throw new InvalidArgumentError(`valid kinds: ${SEARCH_KINDS.join(", ")}.`);
  return [...previous, ...kinds];
}
function createSearchCommand(deps) {
  const cmd = new Command("search").description("fuzzy search over every record and entity, best first; forgives typos and word order").argument("<query...>", "words to look for (several words rank records holding all of them first)").option("--kind <kinds>", `only these kinds, comma-separated: ${SEARCH_KINDS.join(", ")}`, parseKinds).option("--speaker <name>", "only records said by this person or group").option("--threshold <n>", `leave out hits scoring above n (0 = exact, 1 = anything; default ${DEFAULT_THRESHOLD})`, parseThreshold).action(async (query, opts, self) => {
    const { globals, store } = await prepareStore(self, deps);
    const results = await runSearch(store, query.join(" "), {
      kinds: opts.kind ? new Set(opts.kind) : void 0,
      speakers: await resolveSpeakerFilter(store, opts.speaker),
      threshold: opts.threshold ?? DEFAULT_THRESHOLD,
      limit: globals.output.limit
    });
    if (Math.min(results.length, globals.output.limit ?? Infinity) > MANY_ROWS) store.scanTexts(["guarantee", "quote", "number", "claim"]);
    const threshold = opts.threshold ?? DEFAULT_THRESHOLD;
    const empty = () => `nothing matches '${query.join(" ")}' at threshold ${threshold}${threshold < 1 ? ` (a higher --threshold, up to 1, finds looser matches)` : ""}`;
    await emit(deps, globals, searchListing(store, results), empty);
  });
  return withExamples(cmd, ["facts search reassurance force", "facts search gaurantee secuirty", "facts search Zelensky", "facts search peace --kind quote --json", 'facts search "deter russian troops" --threshold 0.3']);
}

// src/text/passage.ts
function passageAround(text, start, end, max = 360) {
  let from = text.lastIndexOf("\n\n", start - 1);
  from = from < 0 ? 0 : from + 2;
  let to = text.indexOf("\n\n", end);
  to = to < 0 ? text.length : to;
  const room = Math.max(max - (end - start), 0);
  let cutFrom = false;
  let cutTo = false;
  if (start - from > room / 2) {
    const at = text.indexOf(" ", start - Math.floor(room / 2));
    if (at >= 0 && at < start) {
      from = at + 1;
      cutFrom = true;
    }
  }
  if (to - end > room / 2) {
    const at = text.lastIndexOf(" ", end + Math.floor(room / 2));
    if (at >= end) {
      to = at;
      cutTo = true;
    }
  }
  const prefix = cutFrom ? "\u2026" : "";
  return {
    text: prefix + text.slice(from, to) + (cutTo ? "\u2026" : ""),
    start: start - from + prefix.length,
    end: end - from + prefix.length
  };
}

// src/commands/show.ts
init_words();
function findRecord(store, id) {
  const index = store.indexOf(id);
  if (index >= 0) return store.record(index);
  const wanted = id.toLowerCase();
  const candidates = [];
  for (let i = 0; i < store.recordCount; i++) {
    const other = store.id(i);
    if (Math.abs(other.length - id.length) > 2) continue;
    const d = editDistance(other.toLowerCase(), wanted, 2);
    if (d <= 2) candidates.push({ id: other, d });
  }
  const close = candidates.sort((a, b) => a.d - b.d).slice(0, 3).map((c) => c.id);
  throw new NotFoundError(`no record '${id}'${close.length > 0 ? ` (did you mean ${close.join(", ")}?)` : ""}`);
}
function recordPassage(data, record) {
  const sourceIndex = data.sourceIds.indexOf(record.source);
  const text = sourceIndex >= 0 ? data.sourceText(sourceIndex) : "";
  const index = indexCodePoints(text);
  return passageAround(text, index.toUnit(record.span.start), index.toUnit(record.span.end));
}
function citation(data, record) {
  const source = data.sources[data.sourceIds.indexOf(record.source)];
  const speaker = record.speaker === null ? void 0 : data.entityById.get(record.speaker);
  const who = speaker ? `${speaker.name}${speaker.role ? ` (${speaker.role})` : ""}` : "Unattributed";
  const parts = [`${who}, in "${source?.title ?? record.source}"`];
  if (source?.publisher) parts.push(source.publisher);
  if (source?.published) parts.push(source.published);
  return `${parts.join(", ")} [${record.source}, ${record.span.start}-${record.span.end}]`;
}
function recordDetailListing(data) {
  const passages = /* @__PURE__ */ new Map();
  const passage = (r) => {
    let p = passages.get(r);
    if (!p) passages.set(r, p = recordPassage(data, r));
    return p;
  };
  const c = recordColumns(data);
  const extra = {
    n: (r) => r.kind === "guarantee" ? String(r.n) : "",
    title: (r) => r.kind === "guarantee" ? r.title : "",
    value: (r) => r.kind === "number" ? String(r.value) : "",
    unit: (r) => r.kind === "number" ? r.unit : "",
    about: (r) => r.kind === "number" ? r.about : ""
  };
  return {
    rows: [],
    columns: [
      c.id,
      c.kind,
      ...Object.entries(extra).map(([key, value]) => ({ key, header: key[0].toUpperCase() + key.slice(1), value })),
      // In the order of the TSV fields, so that the table and the TSV agree; then the rest.
      c.speaker,
      c.text,
      c.cue,
      c.confidence,
      // The record's own words are highlighted inside its passage.
      { key: "passage", header: "Passage", value: (r) => passage(r).text, wide: true, highlight: (r) => [passage(r)] },
      { key: "citation", header: "Citation", value: (r) => citation(data, r), wide: true },
      c.source,
      c.span
    ],
    defaults: ["id", "kind", "speaker", "text", "cue", "confidence", "passage", "citation"],
    json: (r) => r,
    jsonld: (r) => recordLd(recordContext(data, r))
  };
}
function createShowCommand(deps) {
  const cmd = new Command("show").description("one record in full: its cue, the passage around it, and a citation").argument("<id>", "a record id (see the ID column of any listing)").action(async (id, _opts, self) => {
    refuseOptions(self, ["limit"], "show prints one record");
    const { globals, store: data } = await prepareStore(self, deps);
    const record = findRecord(data, id);
    await printDetail(deps.io, recordDetailListing(data), record, globals.output);
  });
  return withExamples(cmd, ["facts show q1", "facts show n2 --json", "facts show g3 --fields speaker,citation"]);
}

// src/commands/sources.ts
function findSource(store, id) {
  const index = store.sourceIds.indexOf(id);
  if (index < 0) throw new NotFoundError(`no source '${id}'; sources: ${store.sourceIds.join(", ")}`);
  return index;
}
function sourceListing(store, rows2) {
  const known2 = (value) => value ?? "";
  const info = (i) => store.sources[i];
  return {
    rows: rows2,
    columns: [
      { key: "id", header: "ID", value: (i) => info(i).id, style: "id" },
      { key: "title", header: "Title", value: (i) => info(i).title, wide: true },
      { key: "publisher", header: "Publisher", value: (i) => known2(info(i).publisher) },
      { key: "published", header: "Published", value: (i) => known2(info(i).published) },
      { key: "language", header: "Language", value: (i) => info(i).language },
      { key: "url", header: "URL", value: (i) => known2(info(i).url) },
      { key: "context", header: "Context (other reporting)", value: (i) => info(i).context ?? "", wide: true },
      { key: "length", header: "Length", value: (i) => String([...store.sourceText(i)].length) }
    ],
    defaults: ["id", "title", "publisher", "published", "language", "url"],
    json: (i) => store.source(i)
  };
}
function createSourcesCommand(deps) {
  const cmd = new Command("sources").description("the source documents; with an id, one in full").argument("[id]", "a source id").option("--text", "print the text of the source itself").action(async (id, opts, self) => {
    const structured = self.optsWithGlobals();
    const asData = structured.json === true || structured.format === "json" || structured.format === "ndjson";
    if (opts.text && !asData) refuseOptions(self, ["format", "fields", "limit"], "--text prints the source's own text (--format json gives it as data)");
    if (id !== void 0) refuseOptions(self, ["limit"], "sources ID prints one source");
    const { globals, store } = await prepareStore(self, deps);
    const all = () => store.sourceIds.map((_, i) => i);
    const listing = sourceListing(store, id === void 0 ? all() : []);
    if (opts.text && !asData) {
      const indexes = id === void 0 ? all() : [findSource(store, id)];
      const text = indexes.map((i) => store.sourceText(i)).join("\n\n");
      deps.io.out(deps.io.stdoutIsTTY ? text.split("\n").map(escapeForTerminal).join("\n") + "\n" : text);
      deps.setExitCode(indexes.length > 0 ? 0 : 1);
      return;
    }
    if (id !== void 0) await printDetail(deps.io, listing, findSource(store, id), globals.output);
    else await emit(deps, globals, listing);
  });
  return withExamples(cmd, ["facts sources", "facts sources macron-security-guarantees", "facts sources macron-security-guarantees --text | less"]);
}

// src/commands/verify.ts
var import_node_fs11 = require("fs");
var import_node_path6 = require("path");
init_words();
function formatDiff(diff) {
  if (!diff) return { text: "", ranges: [] };
  let text = "";
  const ranges = [];
  for (const part of diff) {
    const piece = part.op === "delete" ? `[-${part.text}-]` : part.op === "insert" ? `{+${part.text}+}` : part.text;
    if (text) text += " ";
    if (part.op !== "equal") ranges.push({ start: text.length, end: text.length + piece.length, mark: part.op });
    text += piece;
  }
  return { text, ranges };
}
function verificationListing(data, rows2, claimed) {
  const claimedEntity = claimed && claimed.size === 1 ? data.entityById.get([...claimed][0]) : void 0;
  const found = (v) => {
    const index = v.record === null ? -1 : data.indexOf(v.record);
    return index < 0 ? void 0 : recordLd(recordContext(data, data.record(index)));
  };
  return {
    rows: rows2,
    columns: [
      { key: "verdict", header: "Verdict", value: (v) => v.verdict, style: "id" },
      { key: "similarity", header: "Similarity", value: (v) => v.similarity.toFixed(3), style: "number" },
      { key: "speaker", header: "Speaker", value: (v) => entityName(data, v.speaker) },
      { key: "record", header: "Record", value: (v) => v.record ?? "" },
      { key: "quoted", header: "Quoted", value: (v) => v.source === null ? "" : v.quoted ? "yes" : "no" },
      { key: "confidence", header: "Attribution", value: (v) => v.attribution ? `${v.attribution.confidence} (${v.attribution.rule}${v.attribution.cue ? `: ${v.attribution.cue}` : ""})` : "" },
      { key: "input", header: "Quote", value: (v) => v.input, wide: true },
      { key: "match", header: "Source says", value: (v) => v.match ?? "", wide: true },
      { key: "diff", header: "Diff", value: (v) => formatDiff(v.diff).text, wide: true, highlight: (v) => formatDiff(v.diff).ranges },
      { key: "source", header: "Source", value: (v) => v.source ?? "", style: "dim" },
      { key: "span", header: "Span", value: (v) => v.span ? `${v.span.start}-${v.span.end}` : "", style: "dim" },
      { key: "equivalences", header: "Equivalent forms", value: (v) => v.equivalences.map((e) => `${e.quote} = ${e.source} (${e.kind})`).join("; ") },
      { key: "places", header: "Places", value: (v) => (v.places ?? []).map((p) => `${p.record ?? p.source} ${p.span.start}-${p.span.end}`).join("; ") }
    ],
    defaults: ["verdict", "similarity", "speaker", "record", "input"],
    json: (v) => v,
    jsonld: (v) => claimReviewLd({ input: v.input, verdict: v.verdict, similarity: v.similarity, claimed: claimedEntity, found: found(v) })
  };
}
async function readLines(io2, file) {
  if (file !== void 0) {
    try {
      return (0, import_node_fs11.readFileSync)((0, import_node_path6.resolve)(io2.cwd, file), "utf8").split(/\r?\n/);
    } catch (error) {
      throw new InputError(`${file}: cannot read: ${describeFsError(error)}`);
    }
  }
  const { createInterface } = await Promise.resolve().then(() => __toESM(require("readline")));
  const lines = [];
  for await (const line of createInterface({ input: io2.stdin, crlfDelay: Infinity })) lines.push(line);
  return lines;
}
function createVerifyCommand(deps) {
  const cmd = new Command("verify").description("check a quote word for word against the sources, and whose words they are: verbatim, reported, misattributed, unconfirmed, altered or absent").argument("[quote...]", "the quote; '-' reads one quote a line from standard input").option("--file <path>", "read one quote a line from a file").option("--speaker <name>", "who the quote is said to be by: a quotation of someone else is misattributed, one the source attributes unsurely is unconfirmed").action(async (words, opts, self) => {
    const batch = opts.file !== void 0 || words.length === 1 && words[0] === "-";
    if (opts.file !== void 0 && words.length > 0) throw new UsageError("give either a QUOTE or --file, not both");
    if (!batch && words.length === 0) throw new UsageError("give a quote to verify, '-' to read quotes from standard input, or --file PATH");
    if (!batch) refuseOptions(self, ["limit"], "verify with one quote prints one result");
    const { globals, store } = await prepareStore(self, deps);
    const inputs = batch ? (await readLines(deps.io, opts.file)).filter((line) => line.trim() !== "") : [words.join(" ")];
    const wordless = inputs.findIndex((input) => countWords(input) === 0);
    if (wordless >= 0) throw new UsageError(batch ? `quote ${wordless + 1} has no words to verify: '${inputs[wordless]}'` : "the quote has no words to verify");
    const speakers = await resolveSpeakerFilter(store, opts.speaker);
    const [{ verifyQuote }, { corpusOf: corpusOf2 }] = await Promise.all([Promise.resolve().then(() => __toESM(require("./verify.cjs"))), Promise.resolve().then(() => (init_stored(), stored_exports))]);
    const corpus = await corpusOf2(store);
    const results = inputs.map((input) => verifyQuote(store, corpus, input, speakers));
    const listing = verificationListing(store, results, speakers);
    if (!batch && results[0]) await printDetail(deps.io, listing, results[0], globals.output);
    else await printListing(deps.io, listing, globals.output);
    const allGood = results.length > 0 && results.every((r) => r.verdict === "verbatim");
    deps.setExitCode(allGood ? ExitCode.ok : ExitCode.noMatch);
  });
  return withExamples(cmd, [
    'facts verify "these troops will not wage any war against Russia"',
    'facts verify "will not wage a war against Russia"',
    'facts verify --speaker zelensky "send a very clear strategic signal"',
    "facts verify - < quotes.txt",
    "facts verify --file quotes.txt --format ndjson | jq -r .verdict"
  ]);
}

// src/program.ts
var VERSION = "0.1.0";
var COMMANDS = [
  { names: ["guarantees"], create: createGuaranteesCommand },
  { names: ["quotes"], create: createQuotesCommand },
  { names: ["numbers"], create: createNumbersCommand },
  { names: ["attributions", "who"], create: createAttributionsCommand },
  { names: ["claims"], create: createClaimsCommand },
  { names: ["entities"], create: createEntitiesCommand },
  { names: ["sources"], create: createSourcesCommand },
  { names: ["show"], create: createShowCommand },
  { names: ["search"], create: createSearchCommand },
  { names: ["verify"], create: createVerifyCommand },
  { names: ["extract"], create: createExtractCommand },
  { names: ["add"], create: createAddCommand },
  { names: ["library"], create: createLibraryCommand }
];
function createProgram(deps, options = {}) {
  const program2 = new Command("facts").description("Look up the guarantees, quotes, figures and attributions of a news article.").version(VERSION).option("--data <path>", "read this dataset instead of the bundled one and the library (repeatable; also FACTS_DATA)", collect, []).option("--no-library", "leave out the library of added articles (facts library path; FACTS_LIBRARY)").addOption(new Option("--format <format>", "output format (default: table on a terminal, tsv when piped)").choices(FORMATS)).option("--json", "shorthand for --format json").option("--fields <list>", "comma-separated fields to show, in this order").option("--limit <n>", "show at most n results", parseLimit).addOption(new Option("--color <when>", "colour output").choices(["auto", "always", "never"])).option("--no-color", "no colour (also NO_COLOR=1)").showSuggestionAfterError(true).configureHelp({ showGlobalOptions: true }).exitOverride().configureOutput({
    writeOut: (text) => deps.io.out(text),
    writeErr: (text) => deps.io.err(text),
    outputError: (text, write) => write(formatCommanderError(text))
  });
  const named2 = options.argv === void 0 ? void 0 : commandNamed(program2, options.argv);
  const only = COMMANDS.find((c) => named2 !== void 0 && c.names.includes(named2));
  for (const { create } of only ? [only] : COMMANDS) program2.addCommand(create(deps));
  if (!only && options.completion !== false) {
    const [completion, complete] = createCompletionCommands(deps, () => createProgram(deps, { completion: false }));
    program2.addCommand(completion);
    program2.addCommand(complete, { hidden: true });
  }
  for (const cmd of program2.commands) inheritSettings(cmd, program2);
  return program2;
}
function commandNamed(program2, argv) {
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i];
    if (word === "--") return void 0;
    if (!word.startsWith("-") || word === "-") return word;
    if (word.includes("=")) continue;
    const option = program2.options.find((o) => o.long === word || o.short === word);
    if (option === void 0) return void 0;
    if (option.required) i++;
  }
  return void 0;
}
function inheritSettings(cmd, parent) {
  cmd.copyInheritedSettings(parent);
  if (acceptsStrayWords(cmd)) cmd.allowExcessArguments(true);
  for (const sub of cmd.commands) inheritSettings(sub, cmd);
}
function collect(value, previous) {
  return [...previous, value];
}
function formatCommanderError(text) {
  const oneLine = text.trim().replace(/^error: /, "").replace(/\s*\n\s*\(Did you mean (.*)\?\)$/, " (did you mean $1?)").replace(/\s*\n\s*/g, " ");
  return `facts: ${oneLine}
`;
}

// src/cli.ts
async function runCli(argv, io2, retried = false) {
  let exitCode = ExitCode.ok;
  const watched = watch(io2);
  const program2 = createProgram({ io: watched.io, setExitCode: (code) => exitCode = code }, { argv });
  try {
    if (argv[0] === "help" && argv[1] !== void 0 && !argv[1].startsWith("-")) {
      const names = program2.commands.flatMap((c) => [c.name(), ...c.aliases()]);
      if (!names.includes(argv[1])) throw new UsageError(unknownCommand(argv[1], names));
    }
    await program2.parseAsync(argv.length === 0 ? ["--help"] : [...argv], { from: "user" });
    return exitCode;
  } catch (error) {
    if (isDamagedFile(error)) {
      (0, import_node_fs12.rmSync)(error.path, { force: true });
      const again = !retried && !watched.wrote() && !watched.readInput();
      if (again && io2.stderrIsTTY) io2.err(`facts: the index cache ${escapeForTerminal(error.path)} failed its checksum; rebuilding it
`);
      if (again) return runCli(argv, io2, true);
      io2.err(`facts: the index cache ${escapeForTerminal(error.path)} failed its checksum and was removed; run the command again
`);
      return ExitCode.error;
    }
    return reportError(error, io2);
  }
}
function watch(io2) {
  let wrote = false;
  let readInput = false;
  return {
    io: {
      out: (text) => {
        if (text.length > 0) wrote = true;
        io2.out(text);
      },
      err: (text) => io2.err(text),
      get outputClosed() {
        return io2.outputClosed;
      },
      get stdin() {
        readInput = true;
        return io2.stdin;
      },
      get stdoutIsTTY() {
        return io2.stdoutIsTTY;
      },
      get stderrIsTTY() {
        return io2.stderrIsTTY;
      },
      get columns() {
        return io2.columns;
      },
      get env() {
        return io2.env;
      },
      get cwd() {
        return io2.cwd;
      }
    },
    wrote: () => wrote,
    readInput: () => readInput
  };
}
function reportError(error, io2) {
  if (error instanceof CommanderError) {
    if (error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.code === "commander.help") return ExitCode.ok;
    return ExitCode.error;
  }
  if (isFactsError(error)) {
    for (const line of error.lines()) io2.err(`facts: ${escapeForTerminal(line)}
`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  io2.err(`facts: internal error: ${escapeForTerminal(message)}
`);
  if (io2.env.FACTS_DEBUG && error instanceof Error && error.stack) io2.err(`${error.stack}
`);
  return ExitCode.error;
}

// src/io.ts
var import_node_fs13 = require("fs");
var DEV_NULL = 259;
function isTerminal(fd) {
  try {
    const stat = (0, import_node_fs13.fstatSync)(fd);
    if (!stat.isCharacterDevice() || stat.rdev === DEV_NULL) return false;
  } catch {
    return false;
  }
  return process.stdout.isTTY === true;
}
function writeAll(fd, bytes) {
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += (0, import_node_fs13.writeSync)(fd, bytes, offset);
    } catch (error) {
      const code = error.code;
      if (code === "EPIPE") return false;
      if (code !== "EAGAIN") throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
    }
  }
  return true;
}
function createProcessIO() {
  let stdoutClosed = false;
  let stderrReady = false;
  const stdoutIsTTY = isTerminal(1);
  const envColumns = Number.parseInt(process.env.COLUMNS ?? "", 10);
  return {
    out: (text) => {
      if (stdoutClosed || text.length === 0) return;
      if (stdoutIsTTY) process.stdout.write(text);
      else stdoutClosed = !writeAll(1, Buffer.from(text, "utf8"));
    },
    err: (text) => {
      if (!stderrReady) {
        process.stderr.on("error", () => {
        });
        stderrReady = true;
      }
      process.stderr.write(text);
    },
    get stdin() {
      return process.stdin;
    },
    stdoutIsTTY,
    get outputClosed() {
      return stdoutClosed;
    },
    get stderrIsTTY() {
      return process.stderr.isTTY === true;
    },
    get columns() {
      const terminal = stdoutIsTTY ? process.stdout.columns ?? 0 : 0;
      return terminal > 0 ? terminal : envColumns > 0 ? envColumns : void 0;
    },
    env: process.env,
    cwd: process.cwd()
  };
}

// src/main.ts
var io = createProcessIO();
void runCli(process.argv.slice(2), io).then((code) => {
  process.exitCode = code;
});
