#version 330 core
// Glyph quads in image pixels, coverage from the glyph atlas, colour per vertex.
layout(location = 0) in vec2 a_position;
layout(location = 1) in vec2 a_uv;
layout(location = 2) in vec4 a_colour;

uniform vec4 u_transform; // xy: scale to clip space, zw: offset

out vec2 v_uv;
out vec4 v_colour;

void main() {
    v_uv = a_uv;
    v_colour = a_colour;
    gl_Position = vec4(a_position * u_transform.xy + u_transform.zw, 0.0, 1.0);
}
