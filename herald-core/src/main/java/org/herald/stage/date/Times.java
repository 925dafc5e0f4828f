package org.herald.stage.date;

/** Clock arithmetic for TIMEX3 times. Stateless. */
final class Times {
  private Times() {
  }

  /**
   * {@code hh:mm} moved to the 24-hour clock by a.m./p.m.: "10:30" p.m. → "22:30", "12:00" a.m. → "00:00".
   *
   * @return the time, or null when the hour is over 12
   */
  static String withMeridiem(String hhmm, boolean pm) {
    int h = Integer.parseInt(hhmm.substring(0, 2));
    if (h > 12) {
      return null;
    }
    if (pm && h < 12) {
      h += 12;
    } else if (!pm && h == 12) {
      h = 0;
    }
    return TimexResolver.two(h) + hhmm.substring(2);
  }
}
