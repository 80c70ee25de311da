"""Palette, line style and the SVG wrapper shared by every drawing."""
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "ui", "src", "illustrations")

SKIN, LINE, HAND, HI, MOTION = "#F3D7C2", "#8A5A44", "#E8C0A4", "#F59E6B", "#2F7D6D"
WATER, OIL, PROP, PROP_D = "#9CC9E0", "#E9B949", "#C9C3BA", "#6B6259"
CLOTH, CREASE = "#7FB3A8", "#D9B49A"
WOOD, SOCK, SOCK_D = "#D4A373", "#AFC3D9", "#8FA8C4"

STYLE_BASE = f"""
  .skin {{ fill: {SKIN}; stroke: {LINE}; stroke-width: 3; stroke-linejoin: round; }}
  .hand {{ fill: {HAND}; stroke: {LINE}; stroke-width: 3; stroke-linejoin: round; }}
  .nail {{ fill: #FBEAE0; stroke: {LINE}; stroke-width: 1.5; }}
  .crease {{ fill: none; stroke: {LINE}; stroke-width: 1.5; stroke-linecap: round; }}
  .hi {{ fill: {HI}; opacity: 0.55; }}
  .move {{ fill: none; stroke: {MOTION}; stroke-width: 3.5; stroke-linecap: round; stroke-linejoin: round; }}
  .dash {{ stroke-dasharray: 7 7; animation: dash 1.2s linear infinite; }}
  .prop {{ fill: {PROP}; stroke: {PROP_D}; stroke-width: 3; stroke-linejoin: round; }}
  .cloth {{ fill: {CLOTH}; stroke: {LINE}; stroke-width: 3; stroke-linejoin: round; }}
  .zoom * {{ vector-effect: non-scaling-stroke; }}
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


def svg(id, title, view_comment, body, extra_style=""):
    """Writes ui/src/illustrations/<id>.svg: 240 x 240, backdrop disc, body on top."""
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
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, f"{id}.svg"), "w") as f:
        f.write(text)


def anim(name, frames, dur="3s", timing="ease-in-out", origin=None):
    """A CSS class .name running @keyframes name forever; origin pins rotate/scale (e.g. '90px 138px')."""
    css = f"\n  .{name} {{ animation: {name} {dur} {timing} infinite;"
    css += f" transform-origin: {origin}; }}" if origin else " }"
    return css + f"\n  @keyframes {name} {{ {frames} }}"


def moving(cls, inner):
    """Wraps inner in a group the CSS animation moves (CSS transform would replace a transform attribute)."""
    return f'<g class="{cls}">{inner}</g>'
