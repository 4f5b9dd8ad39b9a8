#version 330 core
// A legend swatch: the fill, with the same diagonal stripes as hatched map areas.
uniform vec4 u_fill;
uniform vec4 u_hatch;
uniform int u_hatched;
uniform float u_hatchPeriod;

out vec4 o_colour;

void main() {
    float phase = mod(gl_FragCoord.x + gl_FragCoord.y, u_hatchPeriod) / u_hatchPeriod;
    o_colour = (u_hatched == 1 && phase < 0.4) ? u_hatch : u_fill;
}
