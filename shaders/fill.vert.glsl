#version 330 core
// Country fills: projected position, per-vertex entity index; fill and hatch colours looked up
// per entity, so a change of date or view only re-uploads the small colour tables.
layout(location = 0) in vec2 a_position;
layout(location = 1) in uint a_entity;

uniform vec4 u_transform;    // xy: scale to clip space, zw: offset
uniform sampler2D u_fills;   // one texel per entity, row-major
uniform sampler2D u_hatches; // alpha 1 where the entity is hatched

flat out vec4 v_fill;
flat out vec4 v_hatch;

void main() {
    int width = textureSize(u_fills, 0).x;
    int index = int(a_entity);
    ivec2 texel = ivec2(index % width, index / width);
    v_fill = texelFetch(u_fills, texel, 0);
    v_hatch = texelFetch(u_hatches, texel, 0);
    gl_Position = vec4(a_position * u_transform.xy + u_transform.zw, 0.0, 1.0);
}
