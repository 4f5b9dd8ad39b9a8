#version 330 core
// The explorer's id pass: which entity covers each pixel (entity index + 1; 0 is the ocean).
layout(location = 0) in vec2 a_position;
layout(location = 1) in uint a_entity;
uniform vec4 u_transform; // xy: scale to clip space, zw: offset
flat out uint v_id;

void main() {
    v_id = a_entity + 1u;
    gl_Position = vec4(a_position * u_transform.xy + u_transform.zw, 0.0, 1.0);
}
