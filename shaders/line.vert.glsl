#version 330 core
// Antialiased lines of any width: each segment is an instanced quad, widened in pixel space, whose
// fragments know their distance from the centre line.
layout(location = 0) in vec2 a_corner; // x: 0 at the start, 1 at the end; y: -1 or +1 across
layout(location = 1) in vec2 a_from;   // per instance: segment start (map units)
layout(location = 2) in vec2 a_to;     // per instance: segment end

uniform vec4 u_transform; // xy: scale to clip space, zw: offset
uniform vec2 u_viewport;  // pixels
uniform float u_width;    // line width in pixels

noperspective out float v_across; // signed distance from the centre line, pixels

void main() {
    vec2 from = (a_from * u_transform.xy + u_transform.zw) * 0.5 * u_viewport;
    vec2 to = (a_to * u_transform.xy + u_transform.zw) * 0.5 * u_viewport;
    vec2 along = to - from;
    float length = max(1e-6, sqrt(dot(along, along)));
    vec2 direction = along / length;
    vec2 normal = vec2(-direction.y, direction.x);
    float reach = 0.5 * u_width + 1.0; // one pixel of falloff beyond the edge
    vec2 pixel = mix(from, to, a_corner.x) + direction * (a_corner.x * 2.0 - 1.0) * 0.5 * min(u_width, 1.0) +
                 normal * a_corner.y * reach;
    v_across = a_corner.y * reach;
    gl_Position = vec4(pixel / (0.5 * u_viewport), 0.0, 1.0);
}
