#!/usr/bin/env python3
"""Draws the 25 technique illustrations in ui/src/illustrations/ from shared parts, so all of
them keep one visual language: palette, line weight, view angles, motion. The parts and the
drawings live in scripts/illustrations/ (base.py: palette and SVG wrapper; feet.py; hands.py;
one module per technique category). Run it after changing a drawing there:
    python3 scripts/draw_illustrations.py
then look at each one (rsvg-convert -w 300 FILE.svg -o FILE.png) before committing.

One foot everywhere: every drawing shows the LEFT foot, in one of three views:
  - sole view: the sole of the left foot as its owner sees it resting across the right knee,
    turned toes-up: toes at the top, heel at the bottom, big toe on the LEFT;
  - top view: looking down at the left foot: toes at the top, big toe on the RIGHT;
  - side view: the inner side of the left foot: heel on the left, toes on the right
    (turned a quarter so the leg lies along the floor for the towel and knee drawings).
The app shows a right-foot step by mirroring the drawing (CSS scaleX(-1)), which turns each
of these into the same view of the right foot; so a drawing holds no text, nothing that
reads in one direction only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from illustrations import base, exercises, library, prep, sequence, traditional  # noqa: E402

for module in (prep, sequence, library, traditional, exercises):
    module.draw()
print(sorted(os.listdir(base.OUT)))
