#version 330 core
flat in uint v_id;
uniform uint u_fixedId; // when not 0xFFFFFFFF, written instead of the entity's (the globe: 0)
layout(location = 0) out uint o_id;
layout(location = 1) out vec4 o_lines; // fills clear the lines layer (the graticule under land)

void main() {
    o_id = u_fixedId != 0xFFFFFFFFu ? u_fixedId : v_id;
    o_lines = vec4(0.0);
}
