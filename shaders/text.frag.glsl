#version 330 core
in vec2 v_uv;
in vec4 v_colour;

uniform sampler2D u_atlas; // 8-bit coverage in the red channel

out vec4 o_colour;

void main() {
    o_colour = vec4(v_colour.rgb, v_colour.a * texture(u_atlas, v_uv).r);
}
