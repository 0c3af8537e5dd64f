package org.jrustc.types;

import java.util.ArrayList;
import java.util.List;
import org.jrustc.diag.Span;

/**
 * A struct declaration as the type checker understands it. Identity matters: two struct types are
 * the same type when they share this object. Fields are filled in after every struct name is known,
 * so that structs can refer to each other.
 */
public final class StructDef {
    public enum Shape { NAMED, TUPLE, UNIT }

    public record Field(String name, Ty type, Span span) {}

    private final String name;
    private final Shape shape;
    private final Span span;
    private final List<Field> fields = new ArrayList<>();
    private boolean copy;
    private FnSig dropFn;

    public StructDef(String name, Shape shape, Span span) {
        this.name = name;
        this.shape = shape;
        this.span = span;
    }

    public String name() { return name; }
    public Shape shape() { return shape; }
    public Span span() { return span; }
    public List<Field> fields() { return fields; }

    public int fieldIndex(String fieldName) {
        for (int i = 0; i < fields.size(); i++) if (fields.get(i).name().equals(fieldName)) return i;
        return -1;
    }

    private boolean debug;
    private boolean partialEq;
    private boolean partialOrd;

    /** True when the struct derives PartialEq: {@code ==} compares the fields in order. */
    public boolean isPartialEq() { return partialEq; }
    public void setPartialEq(boolean partialEq) { this.partialEq = partialEq; }

    /** True when the struct derives PartialOrd: {@code <} compares the fields lexicographically. */
    public boolean isPartialOrd() { return partialOrd; }
    public void setPartialOrd(boolean partialOrd) { this.partialOrd = partialOrd; }

    private boolean eq;
    private boolean ord;

    /** True when the struct derives Eq (its equality is total: no float inside). */
    public boolean isEq() { return eq; }
    public void setEq(boolean eq) { this.eq = eq; }

    /** True when the struct derives Ord. */
    public boolean isOrd() { return ord; }
    public void setOrd(boolean ord) { this.ord = ord; }

    /** True when the struct derives Debug. */
    public boolean isDebug() { return debug; }
    public void setDebug(boolean debug) { this.debug = debug; }

    /** True when the struct derives Copy. */
    public boolean isCopy() { return copy; }
    public void setCopy(boolean copy) { this.copy = copy; }

    /** The user's {@code Drop::drop} for this struct, or null when it has no Drop impl. */
    public FnSig dropFn() { return dropFn; }
    public void setDropFn(FnSig dropFn) { this.dropFn = dropFn; }

    private boolean derivesClone;
    private FnSig cloneFn;

    /** True when the type derives Clone (a field-by-field clone; for a Copy type, a copy). */
    public boolean derivesClone() { return derivesClone; }
    public void setDerivesClone(boolean derivesClone) { this.derivesClone = derivesClone; }

    /** The user's {@code Clone::clone} for this type, or null. */
    public FnSig cloneFn() { return cloneFn; }
    public void setCloneFn(FnSig cloneFn) { this.cloneFn = cloneFn; }

    private List<Ty.Param> typeParams = List.of();
    private String displayName;

    /** The type parameters of a generic declaration ({@code T} of {@code Pair<T>}); empty otherwise and for instances. */
    public List<Ty.Param> typeParams() { return typeParams; }
    public void setTypeParams(List<Ty.Param> typeParams) { this.typeParams = List.copyOf(typeParams); }

    /** How the type is written: its name, with the type arguments for an instance of a generic one ({@code Pair<i32>}). */
    public String displayName() { return displayName != null ? displayName : name(); }
    public void setDisplayName(String displayName) { this.displayName = displayName; }

    @Override public String toString() { return "struct " + name; }
}
