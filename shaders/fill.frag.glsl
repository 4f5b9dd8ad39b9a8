#version 330 core
// Diagonal stripes where the entity is hatched (disputed states, membership of several
// organisations): readable in greyscale. Stripes follow image pixels, continuous across tiles.
flat in vec4 v_fill;
flat in vec4 v_hatch;

uniform vec2 u_pixelOrigin;  // this tile's bottom-left corner in image pixels (y up)
uniform float u_hatchPeriod; // stripe period in pixels

out vec4 o_colour;

void main() {
    vec2 pixel = gl_FragCoord.xy + u_pixelOrigin;
    float phase = mod(pixel.x + pixel.y, u_hatchPeriod) / u_hatchPeriod;
    bool stripe = v_hatch.a > 0.5 && phase < 0.4;
    o_colour = vec4(stripe ? v_hatch.rgb : v_fill.rgb, 1.0);
}
