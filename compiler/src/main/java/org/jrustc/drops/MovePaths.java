package org.jrustc.drops;

import java.util.ArrayList;
import java.util.List;
import org.jrustc.mir.MirBody;
import org.jrustc.mir.Place;
import org.jrustc.types.StructDef;
import org.jrustc.types.Ty;

/**
 * The tree of places whose initialisation is tracked: locals, their fields, the payloads of their
 * enum variants, and the contents of their boxes, as far as the body moves or assigns them. Only leaves carry state; a path is
 * initialised when all the leaves under it are. A Box path that has its contents tracked gets an
 * extra "allocation" leaf, because moving out of {@code *b} leaves the box's cells owned by {@code b}.
 */
final class MovePaths {
    static final class Path {
        final int index;
        final Path parent;
        final Place place;
        /** True for the pseudo path standing for a box's heap cells. */
        final boolean boxAllocation;
        final List<Path> children = new ArrayList<>();
        int leafIndex = -1;

        Path(int index, Path parent, Place place, boolean boxAllocation) {
            this.index = index;
            this.parent = parent;
            this.place = place;
            this.boxAllocation = boxAllocation;
        }

        boolean isLeaf() { return children.isEmpty(); }
    }

    final List<Path> all = new ArrayList<>();
    final Path[] roots;
    final List<Path> leaves = new ArrayList<>();

    MovePaths(MirBody body) {
        roots = new Path[body.locals().size()];
        for (int i = 0; i < roots.length; i++) {
            roots[i] = add(null, Place.local(i, body.locals().get(i).type()), false);
        }
    }

    private Path add(Path parent, Place place, boolean alloc) {
        Path p = new Path(all.size(), parent, place, alloc);
        all.add(p);
        if (parent != null) parent.children.add(p);
        return p;
    }

    /**
     * The path of a place, creating it (and its siblings) on first sight; null for places reached
     * through a reference, whose initialisation is not the body's business.
     */
    Path of(Place place) {
        Path p = roots[place.local()];
        Place prefix = Place.local(place.local(), p.place.type());
        for (Place.Projection proj : place.projections()) {
            Ty t = prefix.type();
            if (proj instanceof Place.Index) {
                // Elements are not tracked one by one: Rust never moves out of an array by index,
                // and writing or dropping an element keeps the array as initialised as it was.
                return p;
            }
            if (proj instanceof Place.Deref) {
                if (!(t instanceof Ty.Boxed b)) return null;
                if (p.children.isEmpty()) {
                    add(p, prefix.deref(b.inner()), false);
                    add(p, prefix, true);
                }
                prefix = prefix.deref(b.inner());
                p = p.children.get(0);
            } else if (proj instanceof Place.Downcast d) {
                // An enum's children are its variants' payloads; only the active one's are ever read.
                if (p.children.isEmpty()) {
                    for (int v = 0; v < d.def().variants().size(); v++) add(p, prefix.downcast(v), false);
                }
                prefix = p.children.get(d.variant()).place;
                p = p.children.get(d.variant());
            } else {
                Place.Field f = (Place.Field) proj;
                if (p.children.isEmpty()) {
                    if (f.def() != null) {
                        StructDef def = f.def();
                        for (int i = 0; i < def.fields().size(); i++) add(p, prefix.field(def, i), false);
                    } else {
                        List<Ty> elems = f.tuple().elements();
                        for (int i = 0; i < elems.size(); i++) add(p, prefix.tupleField(elems, i), false);
                    }
                }
                prefix = p.children.get(f.index()).place;
                p = p.children.get(f.index());
            }
        }
        return p;
    }

    /** Numbers the leaves; call once every place of the body has been seen. */
    void freeze() {
        for (Path p : all) {
            if (p.isLeaf()) {
                p.leafIndex = leaves.size();
                leaves.add(p);
            }
        }
    }

    static void leavesUnder(Path p, List<Path> out) {
        if (p.isLeaf()) out.add(p);
        else for (Path c : p.children) leavesUnder(c, out);
    }
}
