#version 330 core
// Antialiased lines of any width: each segment is a quad (two triangles, six vertices, no vertex
// attributes: gl_VertexID picks the segment and the corner), widened in pixel space, whose
// fragments know their distance from the centre line. Not instanced: llvmpipe runs its whole
// vertex pipeline once per instance, which made 4-vertex instances its slowest draw.
uniform samplerBuffer u_segments; // RG32F: each segment's start, then its end (map units)

uniform vec4 u_transform; // xy: scale to clip space, zw: offset
uniform vec2 u_viewport;  // pixels
uniform float u_width;    // line width in pixels

noperspective out float v_across; // signed distance from the centre line, pixels

// x: 0 at the start, 1 at the end; y: -1 or +1 across.
const vec2 corners[6] = vec2[6](vec2(0.0, -1.0), vec2(0.0, 1.0), vec2(1.0, -1.0), vec2(1.0, -1.0),
                                vec2(0.0, 1.0), vec2(1.0, 1.0));

void main() {
    int segment = gl_VertexID / 6;
    vec2 a_corner = corners[gl_VertexID - segment * 6];
    vec2 a_from = texelFetch(u_segments, 2 * segment).xy;
    vec2 a_to = texelFetch(u_segments, 2 * segment + 1).xy;
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
