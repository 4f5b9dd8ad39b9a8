#version 330 core
// Recolours the composed map in place: only the triangles of entities whose colours changed
// reach the rasteriser (the others are placed outside clip space and culled), and the composite
// fragment shader colours the pixels they cover from the id layer.
layout(location = 0) in vec2 a_position;
layout(location = 1) in uint a_entity;
uniform vec4 u_transform; // xy: scale to clip space, zw: offset
uniform usampler2D u_changed; // per entity: 1 when its fill or hatch changed

void main() {
    int width = textureSize(u_changed, 0).x;
    int index = int(a_entity);
    bool changed = texelFetch(u_changed, ivec2(index % width, index / width), 0).r != 0u;
    gl_Position = changed ? vec4(a_position * u_transform.xy + u_transform.zw, 0.0, 1.0)
                          : vec4(2.0, 2.0, 2.0, 1.0);
}
