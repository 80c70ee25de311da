#!/usr/bin/python3
"""Reads an iCalendar file the way a calendar would, for tests/ics.rs: parsed with the
icalendar library, each event's RRULE expanded with dateutil from its DTSTART in the
event's TZID. Prints JSON: the events as read, and the first COUNT times of all events
together, soonest first, as local RFC 3339 times worked out twice: with the system's
zoneinfo for the TZID, and with the file's own VTIMEZONE alone (icalendar's to_tz).

Usage: /usr/bin/python3 tests/support/ics_occurrences.py FILE COUNT
Needs Debian's python3-icalendar and python3-dateutil (scripts/setup.sh test)."""

import itertools
import json
import sys
from datetime import timedelta, timezone
from zoneinfo import ZoneInfo

import icalendar
from dateutil.rrule import rrulestr


def offset_at(tz, instant):
    return instant.astimezone(tz).utcoffset()


def resolve(wall, tz):
    """The instant of a local time by a zone's rules, read as RFC 5545 says: a time in a
    gap with the offset from before the gap, a repeated time at its first occurrence."""
    naive_utc = wall.replace(tzinfo=timezone.utc)
    before = offset_at(tz, naive_utc - timedelta(days=1))
    after = offset_at(tz, naive_utc + timedelta(days=1))
    fits = [
        naive_utc - offset
        for offset in {before, after}
        if offset_at(tz, naive_utc - offset) == offset
    ]
    if fits:
        return min(fits)
    return naive_utc - before


def main():
    path, count = sys.argv[1], int(sys.argv[2])
    with open(path, "rb") as file:
        calendar = icalendar.Calendar.from_ical(file.read())
    own_zones = {str(zone["TZID"]): zone.to_tz() for zone in calendar.walk("VTIMEZONE")}
    events, by_zoneinfo, by_vtimezone = [], [], []
    for event in calendar.walk("VEVENT"):
        start = event["DTSTART"]
        tzid = str(start.params["TZID"])
        wall = start.dt.replace(tzinfo=None)
        rule = event["RRULE"].to_ical().decode()
        events.append(
            {
                "uid": str(event["UID"]),
                "summary": str(event["SUMMARY"]),
                "tzid": tzid,
                "start": wall.isoformat(),
                "rrule": rule,
                "minutes": event["DURATION"].dt.total_seconds() / 60,
            }
        )
        system_zone = ZoneInfo(tzid)
        own_zone = own_zones[tzid]
        # fold=0, so zoneinfo reads a gap and a repeated hour as RFC 5545 does.
        times = rrulestr(rule, dtstart=wall.replace(tzinfo=system_zone))
        for when in itertools.islice(times, count):
            instant = when.astimezone(timezone.utc)
            by_zoneinfo.append((instant, instant.astimezone(system_zone).isoformat()))
            own = resolve(when.replace(tzinfo=None), own_zone)
            by_vtimezone.append((own, own.astimezone(own_zone).isoformat()))
    print(
        json.dumps(
            {
                "events": events,
                "by_zoneinfo": [text for _, text in sorted(by_zoneinfo)[:count]],
                "by_vtimezone": [text for _, text in sorted(by_vtimezone)[:count]],
            }
        )
    )


if __name__ == "__main__":
    main()
