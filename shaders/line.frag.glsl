#version 330 core
noperspective in float v_across;
uniform vec4 u_colour;
uniform float u_width;
// Only over the sea and outside the globe (the graticule, when the explorer's cached id layer is
// kept and only the lines are drawn again): entity ids there are 1 up to 0xFFFFFFFE.
uniform bool u_overSeaOnly;
uniform usampler2D u_ids;
out vec4 o_colour;

void main() {
    if (u_overSeaOnly) {
        uint id = texelFetch(u_ids, ivec2(gl_FragCoord.xy), 0).r;
        if (id != 0u && id != 0xFFFFFFFFu) {
            discard;
        }
    }
    // Coverage of a pixel-wide box filter by a line of the given width.
    float coverage = clamp(0.5 * u_width + 0.5 - abs(v_across), 0.0, 1.0);
    o_colour = vec4(u_colour.rgb, u_colour.a * coverage);
}
