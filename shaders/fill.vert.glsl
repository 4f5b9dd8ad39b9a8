#version 330 core
// Country fills: projected position, per-vertex entity index, colour looked up per entity so a
// change of date or view only re-uploads the small colour table.
layout(location = 0) in vec2 a_position;
layout(location = 1) in uint a_entity;

uniform vec4 u_transform; // xy: scale to clip space, zw: offset
uniform sampler2D u_colours; // one texel per entity, row-major, width = textureSize().x

flat out vec4 v_colour;

void main() {
    int width = textureSize(u_colours, 0).x;
    int index = int(a_entity);
    v_colour = texelFetch(u_colours, ivec2(index % width, index / width), 0);
    gl_Position = vec4(a_position * u_transform.xy + u_transform.zw, 0.0, 1.0);
}
