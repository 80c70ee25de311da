#!/usr/bin/env python3
"""Writes tests/data/reminder_dues.csv: for a Sunday reminder at several local times in
three time zones, every due instant for ten years, computed with Python's zoneinfo (an
implementation independent of jiff). A time in a DST gap is read with the offset before
the gap (fold=0), a repeated time at its first occurrence (fold=0), as RFC 5545 says.
Run: python3 tests/data/make_reminder_table.py > tests/data/reminder_dues.csv"""

from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

ZONES = ["America/New_York", "Europe/London", "Australia/Lord_Howe"]
TIMES = ["01:30", "01:45", "02:15", "02:30", "20:00"]
START = date(2026, 1, 1)
YEARS = 10

print("zone,time,due_utc")
for zone in ZONES:
    tz = ZoneInfo(zone)
    for at in TIMES:
        hour, minute = map(int, at.split(":"))
        day = START
        while day < date(START.year + YEARS, 1, 1):
            if day.weekday() == 6:  # Sunday
                local = datetime.combine(day, time(hour, minute), tzinfo=tz)  # fold=0
                # Normalise a non-existent time the way RFC 5545 does: keep the offset
                # from before the gap, so 02:30 in a 02:00->03:00 gap becomes 03:30.
                utc = local.astimezone(timezone.utc)
                print(f"{zone},{at},{utc.strftime('%Y-%m-%dT%H:%M:%SZ')}")
            day += timedelta(days=1)
