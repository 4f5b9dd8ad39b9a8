#version 330 core
noperspective in float v_across;
uniform vec4 u_colour;
uniform float u_width;
out vec4 o_colour;

void main() {
    // Coverage of a pixel-wide box filter by a line of the given width.
    float coverage = clamp(0.5 * u_width + 0.5 - abs(v_across), 0.0, 1.0);
    o_colour = vec4(u_colour.rgb, u_colour.a * coverage);
}
