#!/usr/bin/env python3
"""Draws the technique illustrations in ui/src/illustrations/ from shared parts (the foot
in sole, top and side view, thumbs, palms, arrows), so all 17 keep one visual language:
palette, line weight, view angles, motion. Run it after changing a drawing here:
    python3 scripts/draw_illustrations.py
then look at each one (rsvg-convert -w 240 FILE -o FILE.png) before committing.
"""
import os
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "ui", "src", "illustrations")
os.makedirs(OUT, exist_ok=True)

SKIN, LINE, HAND, HI, MOTION = "#F3D7C2", "#8A5A44", "#E8C0A4", "#F59E6B", "#2F7D6D"
WATER, OIL, PROP, PROP_D = "#9CC9E0", "#E9B949", "#C9C3BA", "#6B6259"

STYLE_BASE = f"""
  .skin {{ fill: {SKIN}; stroke: {LINE}; stroke-width: 3; stroke-linejoin: round; }}
  .hand {{ fill: {HAND}; stroke: {LINE}; stroke-width: 3; stroke-linejoin: round; }}
  .nail {{ fill: #FBEAE0; stroke: {LINE}; stroke-width: 1.5; }}
  .hi {{ fill: {HI}; opacity: 0.55; }}
  .move {{ fill: none; stroke: {MOTION}; stroke-width: 3.5; stroke-linecap: round; stroke-linejoin: round; }}
  .dash {{ stroke-dasharray: 7 7; animation: dash 1.2s linear infinite; }}
  .prop {{ fill: {PROP}; stroke: {PROP_D}; stroke-width: 3; stroke-linejoin: round; }}
  .pulse {{ animation: pulse 3s ease-in-out infinite; transform-box: fill-box; transform-origin: center; }}
  @keyframes dash {{ to {{ stroke-dashoffset: -28; }} }}
  @keyframes pulse {{ 0%, 100% {{ opacity: 0.4; transform: scale(0.94); }} 50% {{ opacity: 0.7; transform: scale(1.04); }} }}
"""

DEFS = f"""<defs>
    <marker id="head" viewBox="0 0 10 10" refX="6" refY="5" markerWidth="4" markerHeight="4" orient="auto-start-reverse">
      <path d="M0 0 L10 5 L0 10 Z" fill="{MOTION}"/>
    </marker>
  </defs>"""

BACKDROP = '<circle cx="120" cy="120" r="114" fill="#F7EFE7"/>'

# Sole view of the foot: toes at the top, heel at the bottom, big toe on the left.
SOLE = """<g class="foot">
    <path class="skin" d="M120 214 C92 214 84 192 86 166 C88 140 99 126 97 106 C95 89 86 81 92 66 C98 54 118 52 138 56 C156 60 161 75 157 93 C153 113 148 131 150 161 C152 193 146 214 120 214 Z"/>
    <ellipse class="skin" cx="101" cy="42" rx="13" ry="16"/>
    <ellipse class="skin" cx="124" cy="34" rx="9" ry="11"/>
    <ellipse class="skin" cx="141" cy="38" rx="8" ry="10"/>
    <ellipse class="skin" cx="155" cy="48" rx="7" ry="9"/>
    <ellipse class="skin" cx="164" cy="61" rx="6" ry="8"/>
  </g>"""

# Top view: toes at the top, ankle and shin leaving at the bottom.
TOP = """<g class="foot">
    <path class="skin" d="M100 240 L100 200 C90 186 84 160 86 132 C88 104 90 84 92 68 C96 54 116 50 138 54 C156 58 164 72 162 92 C160 116 156 150 146 182 C142 194 140 200 140 240 Z"/>
    <ellipse class="skin" cx="101" cy="42" rx="13" ry="16"/>
    <ellipse class="skin" cx="124" cy="34" rx="9" ry="11"/>
    <ellipse class="skin" cx="141" cy="38" rx="8" ry="10"/>
    <ellipse class="skin" cx="155" cy="48" rx="7" ry="9"/>
    <ellipse class="skin" cx="164" cy="61" rx="6" ry="8"/>
    <ellipse class="nail" cx="101" cy="34" rx="6" ry="5"/>
    <ellipse class="nail" cx="124" cy="28" rx="4" ry="3.5"/>
    <ellipse class="nail" cx="141" cy="32" rx="3.5" ry="3"/>
    <ellipse class="nail" cx="155" cy="43" rx="3" ry="2.5"/>
    <ellipse class="nail" cx="164" cy="56" rx="2.5" ry="2"/>
    <path d="M108 62 L112 180 M124 60 L120 180 M140 64 L128 180 M152 72 L134 180" stroke="#D9B49A" stroke-width="2" fill="none" stroke-linecap="round"/>
  </g>"""

# Side view of the inner side of the right foot: toes to the right, heel to the left.
SIDE = """<g class="foot">
    <path class="skin" d="M64 20 L64 138 C52 148 44 166 50 178 C56 190 80 190 110 188 L184 186 C200 186 212 182 212 173 C212 164 200 160 184 158 C160 154 132 142 112 122 C104 112 102 80 102 20 Z"/>
    <path d="M200 160 C204 166 204 176 200 182" stroke="#8A5A44" stroke-width="2" fill="none" stroke-linecap="round"/>
    <ellipse cx="92" cy="132" rx="6" ry="5" fill="#E5C2A8"/>
  </g>"""

def thumb(x, y, angle=0, cls="hand"):
    return f'<g transform="translate({x} {y}) rotate({angle})"><rect class="{cls}" x="-8" y="-14" width="16" height="30" rx="8"/><ellipse class="nail" cx="0" cy="-7" rx="5" ry="5.5"/></g>'

def palm(x, y, angle=0):
    return (f'<g transform="translate({x} {y}) rotate({angle})">'
            f'<path class="hand" d="M-26 18 C-30 0 -28 -20 -20 -30 C-12 -38 12 -38 20 -30 C28 -20 30 0 26 18 Z"/>'
            f'<path d="M-14 -30 L-14 -10 M-4 -34 L-4 -10 M6 -33 L6 -10 M15 -29 L15 -10" stroke="{LINE}" stroke-width="1.5" fill="none" stroke-linecap="round"/></g>')

def fist(x, y):
    return (f'<g transform="translate({x} {y})"><rect class="hand" x="-30" y="-14" width="60" height="28" rx="12"/>'
            + "".join(f'<circle class="hand" cx="{cx}" cy="-12" r="7"/>' for cx in (-19, -6, 7, 20)) + '</g>')

def svg(id, title, view_comment, body, extra_style=""):
    text = f"""<!-- Solewise illustration: {title} ({view_comment}). Drawn for Solewise. -->
<svg xmlns="http://www.w3.org/2000/svg" width="240" height="240" viewBox="0 0 240 240" role="img">
  <title>{title}</title>
  <style>{STYLE_BASE}{extra_style}
  @media (prefers-reduced-motion: reduce) {{ * {{ animation: none !important; }} }}
  /* Small (a thumbnail in a list), the drawing holds still: motion is for the big view. */
  @media (max-width: 160px) {{ * {{ animation: none !important; }} }}
  </style>
  {DEFS}
  {BACKDROP}
{body}
</svg>
"""
    open(f"{OUT}/{id}.svg", "w").write(text)

def anim(name, frames, dur="3s", timing="ease-in-out"):
    return f"\n  .{name} {{ animation: {name} {dur} {timing} infinite; }}\n  @keyframes {name} {{ {frames} }}"

# ---------------------------------------------------------------- preparation
svg("quiet-spot", "Settle into a quiet spot", "side view, foot resting on a cushion under a dim lamp", f"""
  <rect class="prop" x="30" y="196" width="190" height="22" rx="11"/>
  <path class="prop" d="M170 30 L206 30 L216 62 L160 62 Z"/>
  <line x1="188" y1="62" x2="188" y2="120" stroke="{PROP_D}" stroke-width="3"/>
  <circle class="glow" cx="188" cy="74" r="26" fill="#F8D98B" opacity="0.45"/>
  <g transform="translate(0 6)">{SIDE}</g>
  <ellipse class="hi pulse" cx="130" cy="172" rx="70" ry="24"/>
""", anim("glow", "0%, 100% { opacity: 0.3; } 50% { opacity: 0.6; }", "4s"))

svg("warm-soak", "Warm foot soak", "side view, foot in a basin of lukewarm water", f"""
  <g transform="translate(24 4) scale(0.82)">{SIDE}</g>
  <path d="M36 132 L204 132 L192 214 L48 214 Z" fill="{WATER}" opacity="0.55"/>
  <path class="prop" d="M30 126 L210 126 L196 218 L44 218 Z" fill-opacity="0.35"/>
  <ellipse class="ripple" cx="84" cy="134" rx="20" ry="4" fill="none" stroke="#4F8FB0" stroke-width="2.5"/>
  <ellipse class="ripple r2" cx="84" cy="134" rx="20" ry="4" fill="none" stroke="#4F8FB0" stroke-width="2.5"/>
  <ellipse class="hi pulse" cx="120" cy="170" rx="80" ry="26"/>
  <path class="steam" d="M140 118 C132 108 148 100 140 88 C132 76 148 68 140 56" fill="none" stroke="#B9D7E6" stroke-width="4" stroke-linecap="round"/>
  <path class="steam s2" d="M170 118 C162 108 178 100 170 88 C162 76 178 68 170 56" fill="none" stroke="#B9D7E6" stroke-width="4" stroke-linecap="round"/>
""", anim("ripple", "0% { transform: scale(1); opacity: 0.9; } 100% { transform: scale(2.6); opacity: 0; }", "2.4s", "ease-out")
   + "\n  .ripple { transform-box: fill-box; transform-origin: center; } .r2 { animation-delay: 1.2s; }"
   + anim("steam", "0% { transform: translateY(8px); opacity: 0; } 40% { opacity: 0.9; } 100% { transform: translateY(-14px); opacity: 0; }", "3s")
   + "\n  .s2 { animation-delay: 1.5s; }")

svg("oil-up", "Oil or lotion", "top view, oil warmed in the palms and spread over the foot", f"""
  {TOP}
  <rect class="hi" x="90" y="60" width="66" height="120" rx="30"/>
  <g class="drop"><path d="M196 40 C196 40 188 52 188 57 A8 8 0 0 0 204 57 C204 52 196 40 196 40 Z" fill="{OIL}" stroke="#B8902A" stroke-width="2"/></g>
  <g class="drop d2"><path d="M214 58 C214 58 208 67 208 71 A6 6 0 0 0 220 71 C220 67 214 58 214 58 Z" fill="{OIL}" stroke="#B8902A" stroke-width="2"/></g>
  <g class="sweep">{palm(122, 96)}</g>
  <path class="move dash" d="M60 70 L60 170" marker-end="url(#head)"/>
""", anim("drop", "0% { transform: translateY(-10px); opacity: 0; } 30% { opacity: 1; } 100% { transform: translateY(40px); opacity: 0; }", "2.2s", "ease-in")
   + "\n  .d2 { animation-delay: 1.1s; }"
   + anim("sweep", "0%, 100% { transform: translateY(0); } 50% { transform: translateY(64px); }", "3.2s"))

# ---------------------------------------------------------------- sequence
svg("heel-circles", "Heel circles", "sole view, two thumbs circling on the heel", f"""
  {SOLE}
  <ellipse class="hi pulse" cx="120" cy="186" rx="26" ry="20"/>
  <path class="move" d="M82 186 A14 14 0 1 1 96 200" marker-end="url(#head)"/>
  <path class="move" d="M158 186 A14 14 0 1 0 144 200" marker-end="url(#head)"/>
  <g class="circle-left">{thumb(108, 186)}</g>
  <g class="circle-right">{thumb(132, 186)}</g>
""", anim("circle-left", "0% { transform: translate(0,-4px); } 25% { transform: translate(4px,0); } 50% { transform: translate(0,4px); } 75% { transform: translate(-4px,0); } 100% { transform: translate(0,-4px); }", "2s", "linear")
   + anim("circle-right", "0% { transform: translate(0,-4px); } 25% { transform: translate(-4px,0); } 50% { transform: translate(0,4px); } 75% { transform: translate(4px,0); } 100% { transform: translate(0,-4px); }", "2s", "linear"))

svg("arch-thumb-walk", "Thumb-walk the arch", "sole view, thumbs inching from heel toward toes along the arch", f"""
  {SOLE}
  <ellipse class="hi pulse" cx="102" cy="128" rx="13" ry="34"/>
  <path class="move dash" d="M72 170 L72 86" marker-end="url(#head)"/>
  <g class="walk-a">{thumb(98, 156)}</g>
  <g class="walk-b">{thumb(114, 148)}</g>
""", anim("walk-a", "0% { transform: translateY(0); } 25%, 50% { transform: translateY(-20px); } 75%, 100% { transform: translateY(-40px); }", "3s", "steps(1, end)")
   .replace("steps(1, end)", "ease-in-out")
   + anim("walk-b", "0%, 25% { transform: translateY(0); } 50%, 75% { transform: translateY(-20px); } 100% { transform: translateY(-40px); }", "3s"))

svg("ball-knuckle-knead", "Knuckle-knead the ball of the foot", "sole view, a loose fist kneading the ball of the foot", f"""
  {SOLE}
  <ellipse class="hi pulse" cx="124" cy="80" rx="42" ry="24"/>
  <path class="move" d="M84 116 L164 116" marker-start="url(#head)" marker-end="url(#head)"/>
  <g class="knead">{fist(124, 92)}</g>
""", anim("knead", "0%, 100% { transform: translateX(-10px); } 50% { transform: translateX(10px); }", "1.6s"))

svg("toe-pull-rotate", "Toe pull and rotate", "top view, finger and thumb drawing the big toe out and circling it", f"""
  {TOP}
  <ellipse class="hi pulse" cx="101" cy="42" rx="19" ry="22"/>
  <path class="move" d="M72 30 A30 30 0 1 1 80 62" marker-end="url(#head)"/>
  <g class="pull">{thumb(84, 40, -20)}{thumb(118, 40, 20)}</g>
""", anim("pull", "0%, 100% { transform: translateY(0) rotate(0deg); } 30% { transform: translateY(-6px) rotate(0deg); } 60% { transform: translateY(-6px) rotate(6deg); } 80% { transform: translateY(-6px) rotate(-6deg); }", "3s")
   + "\n  .pull { transform-origin: 101px 40px; }")

svg("calf-stretch", "Calf stretch", "side view, a towel loop around the ball of the foot drawing the toes back", f"""
  <g class="tilt">{SIDE}
  <path d="M196 160 C188 120 160 80 130 52" fill="none" stroke="#7FB3A8" stroke-width="7" stroke-linecap="round"/>
  <path d="M206 176 C200 130 176 90 146 58" fill="none" stroke="#7FB3A8" stroke-width="7" stroke-linecap="round"/>
  {palm(140, 56, -35)}</g>
  <ellipse class="hi pulse" cx="83" cy="70" rx="22" ry="44"/>
  <path class="move dash" d="M212 120 C214 96 206 78 190 64" marker-end="url(#head)"/>
""", anim("tilt", "0%, 100% { transform: rotate(0deg); } 50% { transform: rotate(-5deg); }", "4s")
   + "\n  .tilt { transform-origin: 84px 150px; }")

# ---------------------------------------------------------------- library
svg("top-tendon-glide", "Top-of-foot tendon glides", "top view, thumbs sliding between the tendons toward the ankle", f"""
  {TOP}
  <path d="M116 70 L116 170 M132 72 L126 170" stroke="{HI}" stroke-width="9" opacity="0.5" stroke-linecap="round"/>
  <path class="move dash" d="M66 70 L66 170" marker-end="url(#head)"/>
  <g class="glide">{thumb(116, 80)}{thumb(132, 82)}</g>
""", anim("glide", "0% { transform: translateY(0); opacity: 1; } 80% { transform: translateY(80px); opacity: 1; } 100% { transform: translateY(80px); opacity: 0; }", "3s"))

svg("ankle-circles", "Ankle circles", "side view, the foot circling at the ankle", f"""
  <g class="rock">{SIDE}</g>
  <circle class="hi pulse" cx="90" cy="138" r="20"/>
  <ellipse class="move dash" cx="196" cy="150" rx="22" ry="30"/>
  <path class="move" d="M218 142 L218 156" marker-end="url(#head)"/>
""", anim("rock", "0%, 100% { transform: rotate(0deg); } 25% { transform: rotate(-6deg); } 75% { transform: rotate(6deg); }", "3.2s")
   + "\n  .rock { transform-origin: 90px 138px; }")

svg("achilles-squeeze", "Achilles squeeze", "side view, thumb and finger pinching up the Achilles tendon", f"""
  {SIDE}
  <ellipse class="hi pulse" cx="64" cy="110" rx="9" ry="34"/>
  <path class="move dash" d="M30 150 L30 70" marker-end="url(#head)"/>
  <g class="climb">{thumb(54, 130, 8)}{thumb(76, 130, -8)}</g>
""", anim("climb", "0% { transform: translateY(0); } 50% { transform: translateY(-24px); } 100% { transform: translateY(-48px); }", "3s"))

svg("plantar-fascia-stretch", "Plantar fascia stretch", "side view, toes drawn back toward the shin to stretch the arch", f"""
  {SIDE}
  <path d="M60 184 C100 194 150 192 196 184" stroke="{HI}" stroke-width="12" opacity="0.55" fill="none" stroke-linecap="round"/>
  <g class="draw">{palm(200, 150, 100)}</g>
  <path class="move dash" d="M222 168 C226 136 212 108 188 92" marker-end="url(#head)"/>
""", anim("draw", "0%, 100% { transform: rotate(0deg); } 50% { transform: rotate(-8deg); }", "3.5s")
   + "\n  .draw { transform-origin: 112px 160px; }")

svg("tennis-ball-roll", "Tennis-ball roll", "side view, the sole rolling a ball on the floor", f"""
  <rect x="20" y="214" width="200" height="6" rx="3" fill="{PROP}"/>
  <g transform="translate(0 2)">{SIDE}</g>
  <path d="M60 186 C100 194 150 192 196 186" stroke="{HI}" stroke-width="10" opacity="0.55" fill="none" stroke-linecap="round"/>
  <g class="roll"><circle cx="120" cy="201" r="13" fill="#CFDB5A" stroke="#7D8A24" stroke-width="3"/><path d="M109 194 C116 200 116 204 110 210 M131 192 C124 198 124 204 131 211" stroke="#F5F7E0" stroke-width="2.5" fill="none"/></g>
  <path class="move" d="M70 232 L170 232" marker-start="url(#head)" marker-end="url(#head)"/>
""", anim("roll", "0%, 100% { transform: translateX(-44px); } 50% { transform: translateX(44px); }", "3.6s"))

svg("closing-strokes", "Closing strokes", "top view, both palms sweeping from the toes to the ankle", f"""
  {TOP}
  <path class="move dash" d="M64 60 C56 110 60 160 84 200" marker-end="url(#head)"/>
  <path class="move dash" d="M182 60 C190 110 186 160 160 200" marker-end="url(#head)"/>
  <g class="sweep">{palm(110, 84, -8)}{palm(140, 86, 8)}</g>
""", anim("sweep", "0% { transform: translateY(0); opacity: 0.2; } 15% { opacity: 1; } 85% { transform: translateY(90px); opacity: 1; } 100% { transform: translateY(96px); opacity: 0; }", "4s"))

# ---------------------------------------------------------------- traditional
zones = "".join(f'<path d="M84 {y} L162 {y}" stroke="#D9B49A" stroke-width="2" stroke-dasharray="3 4"/>' for y in (70, 96, 122, 148, 174, 198))
svg("reflexology-thumb-walk", "Reflexology thumb-walk", "sole view with the zones, a thumb inching across them", f"""
  {SOLE}
  {zones}
  <ellipse class="hi" cx="120" cy="132" rx="32" ry="76"/>
  <path class="move dash" d="M100 196 L140 186 L100 168 L140 150 L100 132 L140 114 L104 96" marker-end="url(#head)"/>
  <g class="walk">{thumb(100, 196)}</g>
""", anim("walk", "0% { transform: translate(0,0); } 16% { transform: translate(40px,-10px); } 33% { transform: translate(0,-28px); } 50% { transform: translate(40px,-46px); } 66% { transform: translate(0,-64px); } 83% { transform: translate(40px,-82px); } 100% { transform: translate(4px,-100px); }", "6s"))

svg("yongquan-press", "Bubbling spring point (Kidney 1)", "sole view, a thumb pressing the point at the front centre of the sole", f"""
  {SOLE}
  <circle class="ring" cx="122" cy="104" r="10" fill="none" stroke="{HI}" stroke-width="4"/>
  <circle class="ring r2" cx="122" cy="104" r="10" fill="none" stroke="{HI}" stroke-width="4"/>
  <circle cx="122" cy="104" r="5" fill="#D9622B"/>
  <g class="press">{thumb(122, 128)}</g>
  <path class="move dash" d="M178 150 C168 130 156 118 140 110" marker-end="url(#head)"/>
""", anim("ring", "0% { transform: scale(1); opacity: 0.9; } 100% { transform: scale(3); opacity: 0; }", "2.4s", "ease-out")
   + "\n  .ring { transform-box: fill-box; transform-origin: center; } .r2 { animation-delay: 1.2s; }"
   + anim("press", "0%, 100% { transform: translateY(0) scale(1); } 50% { transform: translateY(-10px) scale(0.96); }", "2.4s")
   + "\n  .press { transform-box: fill-box; transform-origin: center; }")

svg("padabhyanga", "Padabhyanga oil massage", "sole view, an oiled foot with long strokes and small circles, a bowl of oil", f"""
  {SOLE}
  <path d="M96 70 C92 120 100 170 116 206" stroke="{OIL}" stroke-width="10" opacity="0.45" fill="none" stroke-linecap="round"/>
  <ellipse class="hi pulse" cx="122" cy="130" rx="34" ry="82"/>
  <path class="move dash" d="M70 200 C64 150 66 100 82 60" marker-end="url(#head)"/>
  <path class="move" d="M146 72 A10 10 0 1 1 136 82" marker-end="url(#head)"/>
  <g class="stroke">{thumb(140, 84)}</g>
  <path class="prop" d="M170 196 L220 196 C218 214 206 222 195 222 C184 222 172 214 170 196 Z"/>
  <ellipse cx="195" cy="197" rx="24" ry="5" fill="{OIL}"/>
""", anim("stroke", "0% { transform: translate(0,-4px); } 25% { transform: translate(4px,0); } 50% { transform: translate(0,4px); } 75% { transform: translate(-4px,0); } 100% { transform: translate(0,-4px); }", "2s", "linear"))

print(sorted(os.listdir(OUT)))
