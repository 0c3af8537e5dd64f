package org.jrustc.types;

import java.util.ArrayList;
import java.util.List;
import org.jrustc.diag.Span;

/**
 * An enum declaration as the type checker understands it. Like a struct, its identity is its type.
 * Each variant's fields are described by a {@link StructDef} named after the variant (its payload):
 * a value of the enum is a tag cell holding the index of the active variant, followed by that
 * variant's payload laid out as a struct would be (DESIGN.md's memory model; the enum takes as many
 * cells as its largest variant, plus one).
 */
public final class EnumDef {
    private final String name;
    private final Span span;
    private final List<StructDef> variants = new ArrayList<>();
    private final List<Long> discriminants = new ArrayList<>();
    private boolean copy;
    private boolean debug;
    private boolean partialEq;
    private boolean partialOrd;
    private boolean eq;
    private boolean ord;
    private FnSig dropFn;

    public EnumDef(String name, Span span) {
        this.name = name;
        this.span = span;
    }

    public String name() { return name; }
    public Span span() { return span; }

    /** The variants' payloads, in declaration order (a variant's index is its position here). */
    public List<StructDef> variants() { return variants; }

    /** The discriminant of each variant, as written or implied ({@code as} casts give it). */
    public List<Long> discriminants() { return discriminants; }

    public int variantIndex(String variantName) {
        for (int i = 0; i < variants.size(); i++) if (variants.get(i).name().equals(variantName)) return i;
        return -1;
    }

    /** True when no variant has fields, so that {@code as} casts to integers are allowed. */
    public boolean isFieldless() {
        return variants.stream().allMatch(v -> v.fields().isEmpty());
    }

    public boolean isCopy() { return copy; }
    public void setCopy(boolean copy) { this.copy = copy; }
    public boolean isDebug() { return debug; }
    public void setDebug(boolean debug) { this.debug = debug; }
    public boolean isPartialEq() { return partialEq; }
    public void setPartialEq(boolean partialEq) { this.partialEq = partialEq; }
    /** Derived {@code <} orders by discriminant, then by the payload's fields. */
    public boolean isPartialOrd() { return partialOrd; }
    public void setPartialOrd(boolean partialOrd) { this.partialOrd = partialOrd; }
    public boolean isEq() { return eq; }
    public void setEq(boolean eq) { this.eq = eq; }
    public boolean isOrd() { return ord; }
    public void setOrd(boolean ord) { this.ord = ord; }

    /** The user's {@code Drop::drop} for this enum, or null. */
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

    @Override public String toString() { return "enum " + name; }
}
