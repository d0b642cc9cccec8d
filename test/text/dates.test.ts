import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/text/dates.js';

describe('isoDate', () => {
  it.each([
    ['2019-04-28', '2019-04-28'],
    ['2019-04-28T06:01:07Z', '2019-04-28T06:01:07Z'],
    ['2019-04-28T06:01:07.250+0200', '2019-04-28T06:01:07.250+02:00'],
    ['2019-04-28 06:01:07', '2019-04-28T06:01:07'],
    ['2019-04-28 06:01', '2019-04-28T06:01'],
    ['2019/4/28', '2019-04-28'],
    ['Sun, 28 Apr 2019 06:01:07 GMT', '2019-04-28T06:01:07Z'],
    ['28 Apr 2019 08:01:07 +0200', '2019-04-28T06:01:07Z'],
    ['April 28, 2019', '2019-04-28'],
    ['Sept. 3, 2019', '2019-09-03'],
    ['3rd September 2019', '2019-09-03'],
  ])('reads %s as %s', (text, iso) => {
    expect(isoDate(text)).toBe(iso);
  });

  it.each(['yesterday', '2019-02-30', '2019-04-28T25:00', 'Mayor 5, 2019', '28/04/2019', '', 'Updated 3 hours ago'])('reads %j as no date', (text) => {
    expect(isoDate(text)).toBeUndefined();
  });
});
