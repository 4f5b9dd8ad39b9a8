#version 330 core
// Diagonal stripes where the entity is hatched (disputed states, membership of several
// organisations): readable in greyscale. Stripes follow image pixels, continuous across tiles,
// with antialiased edges.
flat in vec4 v_fill;
flat in vec4 v_hatch;

uniform vec2 u_pixelOrigin;  // this tile's bottom-left corner in image pixels (y up)
uniform float u_hatchPeriod; // stripe period in pixels

out vec4 o_colour;

void main() {
    float coverage = 0.0;
    if (v_hatch.a > 0.5) {
        vec2 pixel = gl_FragCoord.xy + u_pixelOrigin;
        float d = mod(pixel.x + pixel.y, u_hatchPeriod);
        float inside = min(d, 0.4 * u_hatchPeriod - d) * 0.70711; // distance to a stripe edge, pixels
        coverage = clamp(inside + 0.5, 0.0, 1.0);
    }
    o_colour = vec4(mix(v_fill.rgb, v_hatch.rgb, coverage), 1.0);
}
