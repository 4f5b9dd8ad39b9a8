#version 330 core
// Colours the cached id layer through the per-entity tables and lays the cached lines over it,
// into the composed layer (same size, pixel for pixel): a new colour never redraws geometry.
uniform usampler2D u_ids;   // entity index + 1; 0 ocean; 0xFFFFFFFF outside the globe
uniform sampler2D u_lines;  // premultiplied lines (borders, coasts, graticule)
uniform sampler2D u_fills;
uniform sampler2D u_hatches;
uniform vec4 u_ocean;
uniform vec4 u_background;
uniform float u_hatchPeriod;
out vec4 o_colour;

void main() {
    ivec2 pixel = ivec2(gl_FragCoord.xy);
    uint id = texelFetch(u_ids, pixel, 0).r;
    vec3 base;
    if (id == 0u) {
        base = u_ocean.rgb;
    } else if (id == 0xFFFFFFFFu) {
        base = u_background.rgb;
    } else {
        int width = textureSize(u_fills, 0).x;
        int index = int(id - 1u);
        ivec2 texel = ivec2(index % width, index / width);
        vec4 fill = texelFetch(u_fills, texel, 0);
        vec4 hatch = texelFetch(u_hatches, texel, 0);
        float coverage = 0.0;
        if (hatch.a > 0.5) {
            // At pixel centres, as the fill shader's gl_FragCoord: the same stripes as drawing.
            float d = mod(float(pixel.x + pixel.y) + 1.0, u_hatchPeriod);
            coverage = clamp(min(d, 0.4 * u_hatchPeriod - d) * 0.70711 + 0.5, 0.0, 1.0);
        }
        base = mix(fill.rgb, hatch.rgb, coverage);
    }
    vec4 lines = texelFetch(u_lines, pixel, 0);
    o_colour = vec4(lines.rgb + base * (1.0 - lines.a), 1.0);
}
