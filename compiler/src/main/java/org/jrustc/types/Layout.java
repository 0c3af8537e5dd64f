package org.jrustc.types;

import java.util.List;

/**
 * How many cells a value takes in the memory model of DESIGN.md: a scalar or thin pointer one cell,
 * {@code &str} two (address, byte length), a struct or tuple the sum of its fields, laid out in
 * declaration order, an enum a tag cell (the active variant's index) then room for its largest
 * variant's payload, which starts at {@link #PAYLOAD_OFFSET}.
 */
public final class Layout {
    private Layout() {}

    public static int sizeOf(Ty ty) {
        if (ty instanceof Ty.Never) return 0;
        if (ty instanceof Ty.Param || ty instanceof Ty.Projection) {
            throw new IllegalArgumentException("type parameter `" + ty.display() + "` has no layout");
        }
        if (ty instanceof Ty.Str) throw new IllegalArgumentException("str is unsized");
        if (ty instanceof Ty.Ref r) return r.inner() instanceof Ty.Str ? 2 : 1;
        if (ty instanceof Ty.Tuple t) return t.elements().stream().mapToInt(Layout::sizeOf).sum();
        if (ty instanceof Ty.Array a) return Math.multiplyExact(sizeOf(a.element()), a.length());
        if (ty instanceof Ty.Adt a) return a.def().fields().stream().mapToInt(f -> sizeOf(f.type())).sum();
        if (ty instanceof Ty.Enum e) return 1 + e.def().variants().stream().mapToInt(v -> sizeOf(new Ty.Adt(v))).max().orElse(0);
        return 1;
    }

    /** Where an enum's payload starts: after its tag cell. */
    public static final int PAYLOAD_OFFSET = 1;

    public static int fieldOffset(StructDef def, int index) {
        int offset = 0;
        for (int i = 0; i < index; i++) offset += sizeOf(def.fields().get(i).type());
        return offset;
    }

    public static int tupleOffset(List<Ty> elements, int index) {
        int offset = 0;
        for (int i = 0; i < index; i++) offset += sizeOf(elements.get(i));
        return offset;
    }

    /** True when dropping a value of this type does something (a Drop impl or a Box somewhere inside). */
    public static boolean needsDrop(Ty ty) {
        if (ty instanceof Ty.Boxed) return true;
        if (ty instanceof Ty.Adt a) {
            return a.def().dropFn() != null || a.def().fields().stream().anyMatch(f -> needsDrop(f.type()));
        }
        if (ty instanceof Ty.Enum e) {
            return e.def().dropFn() != null || e.def().variants().stream().anyMatch(v -> needsDrop(new Ty.Adt(v)));
        }
        if (ty instanceof Ty.Tuple t) return t.elements().stream().anyMatch(Layout::needsDrop);
        if (ty instanceof Ty.Array a) return a.length() > 0 && needsDrop(a.element());
        return false;
    }
}
