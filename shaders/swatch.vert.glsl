#version 330 core
// Legend rectangles in image pixels.
layout(location = 0) in vec2 a_position;
uniform vec4 u_transform; // xy: scale to clip space, zw: offset

void main() {
    gl_Position = vec4(a_position * u_transform.xy + u_transform.zw, 0.0, 1.0);
}
