#include "geo/ear_clipping.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace recmap::geo {
namespace {

// Rings are doubly linked lists of nodes in one vector, linked by index so that no node is
// allocated on its own; the outer ring runs counter-clockwise (y up), holes clockwise, so that an
// ear is a left turn. Nodes on a z-order curve (their second list) let the ear test look only at
// the points near the ear instead of every point of a ring of 10 000.
constexpr int none = -1;

struct Node {
    double x = 0;
    double y = 0;
    uint32_t vertex = 0; // index into the output vertices
    uint32_t z = 0;
    int prev = none;
    int next = none;
    int prevZ = none;
    int nextZ = none;
};

// Twice the signed area of the triangle p, q, r: positive when it turns left (counter-clockwise).
double turn(const Node& p, const Node& q, const Node& r) {
    return (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x);
}

bool samePoint(const Node& a, const Node& b) {
    return a.x == b.x && a.y == b.y;
}

int sign(double value) {
    return (value > 0) - (value < 0);
}

// q lies within the bounding box of p and r (all three collinear).
bool withinBox(const Node& p, const Node& q, const Node& r) {
    return q.x <= std::max(p.x, r.x) && q.x >= std::min(p.x, r.x) && q.y <= std::max(p.y, r.y) &&
           q.y >= std::min(p.y, r.y);
}

bool segmentsMeet(const Node& p1, const Node& q1, const Node& p2, const Node& q2) {
    const int o1 = sign(turn(p1, q1, p2));
    const int o2 = sign(turn(p1, q1, q2));
    const int o3 = sign(turn(p2, q2, p1));
    const int o4 = sign(turn(p2, q2, q1));
    return (o1 != o2 && o3 != o4) || (o1 == 0 && withinBox(p1, p2, q1)) ||
           (o2 == 0 && withinBox(p1, q2, q1)) || (o3 == 0 && withinBox(p2, p1, q2)) ||
           (o4 == 0 && withinBox(p2, q1, q2));
}

// p inside or on the counter-clockwise triangle a, b, c.
bool inTriangle(const Node& a, const Node& b, const Node& c, const Node& p) {
    return turn(a, b, p) >= 0 && turn(b, c, p) >= 0 && turn(c, a, p) >= 0;
}

// The same for a triangle of either orientation, given by coordinates.
bool inAnyTriangle(double ax, double ay, double bx, double by, double cx, double cy, double px,
                   double py) {
    const double d1 = (bx - ax) * (py - ay) - (by - ay) * (px - ax);
    const double d2 = (cx - bx) * (py - by) - (cy - by) * (px - bx);
    const double d3 = (ax - cx) * (py - cy) - (ay - cy) * (px - cx);
    return (d1 >= 0 && d2 >= 0 && d3 >= 0) || (d1 <= 0 && d2 <= 0 && d3 <= 0);
}

// Spreads the 16 low bits of v over the even bits.
uint32_t spreadBits(uint32_t v) {
    v = (v | (v << 8)) & 0x00FF00FFu;
    v = (v | (v << 4)) & 0x0F0F0F0Fu;
    v = (v | (v << 2)) & 0x33333333u;
    return (v | (v << 1)) & 0x55555555u;
}

class EarClipper {
  public:
    EarClipper(std::vector<Point>& vertices, std::vector<uint32_t>& indices)
        : m_vertices(vertices), m_indices(indices) {}

    bool run(const std::vector<Ring>& rings) {
        size_t points = 0;
        for (const auto& ring : rings) {
            points += ring.size();
        }
        m_nodes.reserve(points + 2 * rings.size() + 16);
        int outer = linkRing(rings.front(), true);
        if (outer == none || next(outer) == prev(outer)) {
            return true; // no area
        }
        m_negligibleArea = 1e-7 * std::abs(twiceArea(outer));
        if (rings.size() > 1) {
            outer = joinHoles(rings, outer);
        }
        // Below a few dozen points the plain ear test is quicker than sorting on the curve.
        if (points > 80) {
            useCurve(rings.front());
        }
        clip(outer, Pass::plain, 0);
        return !m_failed;
    }

  private:
    enum class Pass { plain, filtered, cured };

    Node& at(int i) { return m_nodes[static_cast<size_t>(i)]; }
    int next(int i) { return at(i).next; }
    int prev(int i) { return at(i).prev; }
    double turnAt(int a, int b, int c) { return turn(at(a), at(b), at(c)); }

    // Inserts a node after `last` (or starts a ring) and returns it.
    int insertAfter(int last, uint32_t vertex, const Point& point) {
        const int created = static_cast<int>(m_nodes.size());
        Node node;
        node.x = point.x;
        node.y = point.y;
        node.vertex = vertex;
        m_nodes.push_back(node);
        if (last == none) {
            at(created).prev = at(created).next = created;
        } else {
            const int after = next(last);
            at(created).next = after;
            at(created).prev = last;
            at(after).prev = created;
            at(last).next = created;
        }
        return created;
    }

    void unlink(int i) {
        const Node node = at(i);
        at(node.next).prev = node.prev;
        at(node.prev).next = node.next;
        if (node.prevZ != none) {
            at(node.prevZ).nextZ = node.nextZ;
        }
        if (node.nextZ != none) {
            at(node.nextZ).prevZ = node.prevZ;
        }
    }

    // Appends the ring's points as vertices and links them in the wanted orientation; returns a
    // node of the ring, or none when nothing is left of it.
    int linkRing(const Ring& ring, bool counterClockwise) {
        size_t count = ring.size();
        if (count > 1 && ring.front().x == ring.back().x && ring.front().y == ring.back().y) {
            --count;
        }
        if (count < 3) {
            return none;
        }
        const auto first = static_cast<uint32_t>(m_vertices.size());
        m_vertices.insert(m_vertices.end(), ring.begin(),
                          ring.begin() + static_cast<std::ptrdiff_t>(count));
        int last = none;
        if ((signedArea(ring) > 0) == counterClockwise) {
            for (size_t k = 0; k < count; ++k) {
                last = insertAfter(last, first + static_cast<uint32_t>(k), ring[k]);
            }
        } else {
            for (size_t k = count; k-- > 0;) {
                last = insertAfter(last, first + static_cast<uint32_t>(k), ring[k]);
            }
        }
        if (samePoint(at(last), at(next(last)))) {
            unlink(last);
            last = next(last);
        }
        return last;
    }

    // Removes repeated and collinear points from start round to end; returns a node still linked.
    int dropDegenerate(int start, int end = none) {
        if (start == none) {
            return start;
        }
        if (end == none) {
            end = start;
        }
        int p = start;
        bool again = false;
        do {
            again = false;
            if (samePoint(at(p), at(next(p))) || turnAt(prev(p), p, next(p)) == 0) {
                unlink(p);
                p = end = prev(p);
                if (p == next(p)) {
                    break;
                }
                again = true;
            } else {
                p = next(p);
            }
        } while (again || p != end);
        return end;
    }

    // Joins ring b's list into a's by two coincident edges a-b and b'-a'; returns b'.
    int bridge(int a, int b) {
        Node copyOfA = at(a);
        Node copyOfB = at(b);
        copyOfA.prevZ = copyOfA.nextZ = copyOfB.prevZ = copyOfB.nextZ = none;
        const int a2 = static_cast<int>(m_nodes.size());
        m_nodes.push_back(copyOfA);
        const int b2 = static_cast<int>(m_nodes.size());
        m_nodes.push_back(copyOfB);
        const int an = next(a);
        const int bp = prev(b);
        at(a).next = b;
        at(b).prev = a;
        at(a2).next = an;
        at(an).prev = a2;
        at(b2).next = a2;
        at(a2).prev = b2;
        at(bp).next = b2;
        at(b2).prev = bp;
        return b2;
    }

    int joinHoles(const std::vector<Ring>& rings, int outer) {
        std::vector<int> leftmost;
        for (size_t r = 1; r < rings.size(); ++r) {
            const int hole = linkRing(rings[r], false);
            if (hole == none || next(hole) == prev(hole)) {
                continue; // a hole with no area
            }
            int left = hole;
            for (int p = next(hole); p != hole; p = next(p)) {
                if (at(p).x < at(left).x || (at(p).x == at(left).x && at(p).y < at(left).y)) {
                    left = p;
                }
            }
            leftmost.push_back(left);
        }
        std::sort(leftmost.begin(), leftmost.end(), [this](int a, int b) {
            return at(a).x < at(b).x || (at(a).x == at(b).x && at(a).y < at(b).y);
        });
        for (int hole : leftmost) {
            const int to = holeBridge(hole, outer);
            if (to == none) {
                m_failed = true;
                continue;
            }
            const int back = bridge(to, hole);
            dropDegenerate(back, next(back));
            outer = dropDegenerate(to, next(to));
        }
        return outer;
    }

    // The outer-ring node a hole's leftmost point can be joined to without crossing an edge: the
    // nearest edge the leftward ray meets, then, of the points in the triangle between the hole
    // point, the hit and that edge's end, the one at the smallest angle to the ray.
    int holeBridge(int hole, int outer) {
        const double hx = at(hole).x;
        const double hy = at(hole).y;
        double qx = -std::numeric_limits<double>::infinity();
        int m = none;
        int p = outer;
        do {
            const Node& a = at(p);
            const Node& b = at(a.next);
            if (hy <= a.y && hy >= b.y && b.y != a.y) {
                const double x = a.x + (hy - a.y) * (b.x - a.x) / (b.y - a.y);
                if (x <= hx && x > qx) {
                    qx = x;
                    m = a.x < b.x ? p : a.next;
                    if (x == hx) {
                        return m; // the hole touches this edge
                    }
                }
            }
            p = a.next;
        } while (p != outer);
        if (m == none) {
            return none;
        }
        const int stop = m;
        const double mx = at(m).x;
        const double my = at(m).y;
        double tanMin = std::numeric_limits<double>::infinity();
        p = m;
        do {
            const Node& candidate = at(p);
            if (hx >= candidate.x && candidate.x >= mx && hx != candidate.x &&
                inAnyTriangle(hy < my ? hx : qx, hy, mx, my, hy < my ? qx : hx, hy, candidate.x,
                              candidate.y)) {
                const double tan = std::abs(hy - candidate.y) / (hx - candidate.x);
                if (locallyInside(p, hole) &&
                    (tan < tanMin ||
                     (tan == tanMin && (candidate.x > at(m).x ||
                                        (candidate.x == at(m).x && sectorContains(m, p)))))) {
                    m = p;
                    tanMin = tan;
                }
            }
            p = next(p);
        } while (p != stop);
        return m;
    }

    // The sector at m holds the sector at p (both at one place, of two bridged rings).
    bool sectorContains(int m, int p) {
        return turnAt(prev(m), m, prev(p)) > 0 && turnAt(next(p), m, next(m)) > 0;
    }

    // The diagonal a-b leaves a into the polygon's inside.
    bool locallyInside(int a, int b) {
        if (turnAt(prev(a), a, next(a)) > 0) {
            return turnAt(a, next(a), b) >= 0 && turnAt(prev(a), a, b) >= 0;
        }
        return turnAt(prev(a), a, b) > 0 || turnAt(a, next(a), b) > 0;
    }

    bool middleInside(int a, int b) {
        const double px = (at(a).x + at(b).x) / 2;
        const double py = (at(a).y + at(b).y) / 2;
        bool inside = false;
        int p = a;
        do {
            const Node& s = at(p);
            const Node& t = at(s.next);
            if ((s.y > py) != (t.y > py) && t.y != s.y &&
                px < (t.x - s.x) * (py - s.y) / (t.y - s.y) + s.x) {
                inside = !inside;
            }
            p = s.next;
        } while (p != a);
        return inside;
    }

    bool crossesRing(int a, int b) {
        const uint32_t va = at(a).vertex;
        const uint32_t vb = at(b).vertex;
        int p = a;
        do {
            const int q = next(p);
            if (at(p).vertex != va && at(q).vertex != va && at(p).vertex != vb &&
                at(q).vertex != vb && segmentsMeet(at(p), at(q), at(a), at(b))) {
                return true;
            }
            p = q;
        } while (p != a);
        return false;
    }

    bool validDiagonal(int a, int b) {
        if (at(next(a)).vertex == at(b).vertex || at(prev(a)).vertex == at(b).vertex ||
            crossesRing(a, b)) {
            return false;
        }
        if (locallyInside(a, b) && locallyInside(b, a) && middleInside(a, b) &&
            (turnAt(prev(a), a, prev(b)) != 0 || turnAt(a, prev(b), b) != 0)) {
            return true;
        }
        // Two nodes at one place, both convex: cutting there separates two touching parts.
        return samePoint(at(a), at(b)) && turnAt(prev(a), a, next(a)) < 0 &&
               turnAt(prev(b), b, next(b)) < 0;
    }

    void useCurve(const Ring& outer) {
        double minX = std::numeric_limits<double>::infinity();
        double minY = minX;
        double maxX = -minX;
        double maxY = -minX;
        for (const auto& p : outer) {
            minX = std::min(minX, p.x);
            minY = std::min(minY, p.y);
            maxX = std::max(maxX, p.x);
            maxY = std::max(maxY, p.y);
        }
        const double size = std::max(maxX - minX, maxY - minY);
        m_curve = true;
        m_minX = minX;
        m_minY = minY;
        m_scale = size > 0 ? 32767.0 / size : 0.0;
    }

    uint32_t curveKey(double x, double y) const {
        // Holes stay inside the outer ring, so the clamp only catches rounding.
        const auto cell = [this](double value, double origin) {
            return static_cast<uint32_t>(std::clamp((value - origin) * m_scale, 0.0, 32767.0));
        };
        return spreadBits(cell(x, m_minX)) | (spreadBits(cell(y, m_minY)) << 1);
    }

    // Links the ring's nodes in curve order.
    void sortOnCurve(int start) {
        m_order.clear();
        int p = start;
        do {
            at(p).z = curveKey(at(p).x, at(p).y);
            m_order.push_back(p);
            p = next(p);
        } while (p != start);
        std::sort(m_order.begin(), m_order.end(),
                  [this](int a, int b) { return at(a).z < at(b).z; });
        for (size_t i = 0; i < m_order.size(); ++i) {
            at(m_order[i]).prevZ = i > 0 ? m_order[i - 1] : none;
            at(m_order[i]).nextZ = i + 1 < m_order.size() ? m_order[i + 1] : none;
        }
    }

    // A reflex point p (only those can lie in an ear) inside the ear a, b, c, other than a or c
    // themselves or a point where a is (a bridge's other end).
    bool blocksEar(int p, int a, int b, int c) {
        return p != a && p != c && !samePoint(at(p), at(a)) &&
               inTriangle(at(a), at(b), at(c), at(p)) && turnAt(prev(p), p, next(p)) <= 0;
    }

    bool isEar(int ear) {
        const int a = prev(ear);
        const int c = next(ear);
        if (turnAt(a, ear, c) <= 0) {
            return false; // reflex or flat
        }
        if (!m_curve) {
            for (int p = next(c); p != a; p = next(p)) {
                if (blocksEar(p, a, ear, c)) {
                    return false;
                }
            }
            return true;
        }
        const Node& na = at(a);
        const Node& nb = at(ear);
        const Node& nc = at(c);
        const double x0 = std::min({na.x, nb.x, nc.x});
        const double y0 = std::min({na.y, nb.y, nc.y});
        const double x1 = std::max({na.x, nb.x, nc.x});
        const double y1 = std::max({na.y, nb.y, nc.y});
        const uint32_t minZ = curveKey(x0, y0);
        const uint32_t maxZ = curveKey(x1, y1);
        const auto inBox = [&](int p) {
            const Node& n = at(p);
            return n.x >= x0 && n.x <= x1 && n.y >= y0 && n.y <= y1;
        };
        int down = at(ear).prevZ;
        int up = at(ear).nextZ;
        while (down != none && at(down).z >= minZ && up != none && at(up).z <= maxZ) {
            if (inBox(down) && blocksEar(down, a, ear, c)) {
                return false;
            }
            down = at(down).prevZ;
            if (inBox(up) && blocksEar(up, a, ear, c)) {
                return false;
            }
            up = at(up).nextZ;
        }
        for (; down != none && at(down).z >= minZ; down = at(down).prevZ) {
            if (inBox(down) && blocksEar(down, a, ear, c)) {
                return false;
            }
        }
        for (; up != none && at(up).z <= maxZ; up = at(up).nextZ) {
            if (inBox(up) && blocksEar(up, a, ear, c)) {
                return false;
            }
        }
        return true;
    }

    void emit(int a, int b, int c) {
        m_indices.push_back(at(a).vertex);
        m_indices.push_back(at(b).vertex);
        m_indices.push_back(at(c).vertex);
    }

    // Where a ring crosses itself locally (a-p and p'-b cross), cuts off the triangle a, p, b.
    int cureCrossings(int start) {
        int p = start;
        do {
            const int a = prev(p);
            const int b = next(next(p));
            if (!samePoint(at(a), at(b)) && segmentsMeet(at(a), at(p), at(next(p)), at(b)) &&
                locallyInside(a, b) && locallyInside(b, a)) {
                emit(a, p, b);
                const int pNext = next(p);
                unlink(p);
                unlink(pNext);
                p = start = b;
            }
            p = next(p);
        } while (p != start);
        return dropDegenerate(p);
    }

    double twiceArea(int start) {
        const Node& origin = at(start);
        double twice = 0;
        int p = start;
        do {
            const Node& s = at(p);
            const Node& t = at(s.next);
            twice += (s.x - origin.x) * (t.y - origin.y) - (t.x - origin.x) * (s.y - origin.y);
            p = s.next;
        } while (p != start);
        return twice;
    }

    // Splits an ear-less remainder along a diagonal and clips both halves.
    void splitAndClip(int start, int depth) {
        int a = start;
        do {
            for (int b = next(next(a)); b != prev(a); b = next(b)) {
                if (at(a).vertex != at(b).vertex && validDiagonal(a, b)) {
                    int c = bridge(a, b);
                    a = dropDegenerate(a, next(a));
                    c = dropDegenerate(c, next(c));
                    clip(a, Pass::plain, depth + 1);
                    clip(c, Pass::plain, depth + 1);
                    return;
                }
            }
            a = next(a);
        } while (a != start);
        // A remainder of no area to speak of (a sliver along a long edge, say) is left out: the
        // map draws in single precision, where it is far below a pixel.
        if (std::abs(twiceArea(start)) > m_negligibleArea) {
            m_failed = true;
        }
    }

    void clip(int ear, Pass pass, int depth) {
        // Splits nest; a remainder that keeps needing them is one this method cannot handle.
        constexpr int deepest = 512;
        if (ear == none || m_failed) {
            return;
        }
        if (depth > deepest) {
            m_failed = true;
            return;
        }
        if (pass == Pass::plain && m_curve) {
            sortOnCurve(ear);
        }
        int stop = ear;
        while (prev(ear) != next(ear)) {
            const int before = prev(ear);
            const int after = next(ear);
            if (isEar(ear)) {
                emit(before, ear, after);
                unlink(ear);
                // Skipping a node leaves fewer slivers.
                ear = stop = next(after);
                continue;
            }
            ear = after;
            if (ear == stop) {
                switch (pass) {
                case Pass::plain:
                    clip(dropDegenerate(ear), Pass::filtered, depth);
                    break;
                case Pass::filtered:
                    clip(cureCrossings(dropDegenerate(ear)), Pass::cured, depth);
                    break;
                case Pass::cured:
                    splitAndClip(ear, depth);
                    break;
                }
                break;
            }
        }
    }

    std::vector<Point>& m_vertices;
    std::vector<uint32_t>& m_indices;
    std::vector<Node> m_nodes;
    std::vector<int> m_order;
    bool m_curve = false;
    bool m_failed = false;
    double m_minX = 0;
    double m_minY = 0;
    double m_scale = 0;
    double m_negligibleArea = 0; // twice the area, as twiceArea gives it
};

} // namespace

double signedArea(const Ring& ring) {
    if (ring.empty()) {
        return 0;
    }
    const Point origin = ring.front();
    double twice = 0;
    for (size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        twice += (ring[j].x - origin.x) * (ring[i].y - origin.y) -
                 (ring[i].x - origin.x) * (ring[j].y - origin.y);
    }
    return twice / 2;
}

bool clipEars(const std::vector<Ring>& rings, std::vector<Point>& vertices,
              std::vector<uint32_t>& indices) {
    if (rings.empty()) {
        return true;
    }
    return EarClipper(vertices, indices).run(rings);
}

} // namespace recmap::geo
