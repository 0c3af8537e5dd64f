package org.jrustc.types;

import java.util.List;
import org.jrustc.diag.Span;

/**
 * What structs and enums have in common as the type checker understands them: a name, the traits
 * they derive or implement themselves ({@code Drop}, {@code Clone}), and for a generic declaration
 * its type parameters. Identity matters: two struct or enum types are the same type when they share
 * this object (an instance of a generic one has an object of its own).
 */
public abstract sealed class TypeDeclaration permits StructDef, EnumDef {
    private final String name;
    private final Span span;
    private String displayName;
    private List<Ty.Param> typeParams = List.of();
    private boolean copy;
    private boolean debug;
    private boolean partialEq;
    private boolean partialOrd;
    private boolean eq;
    private boolean ord;
    private boolean derivesClone;
    private boolean derivesDefault;
    private FnSig defaultFn;
    private FnSig dropFn;
    private FnSig cloneFn;

    TypeDeclaration(String name, Span span) {
        this.name = name;
        this.span = span;
    }

    public String name() { return name; }
    public Span span() { return span; }

    /** How the type is written: its name, with the type arguments for an instance of a generic one ({@code Pair<i32>}). */
    public String displayName() { return displayName != null ? displayName : name; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }

    /** The type parameters of a generic declaration ({@code T} of {@code Pair<T>}); empty otherwise and for instances. */
    public List<Ty.Param> typeParams() { return typeParams; }
    public void setTypeParams(List<Ty.Param> typeParams) { this.typeParams = List.copyOf(typeParams); }

    /** True when the type derives Copy. */
    public boolean isCopy() { return copy; }
    public void setCopy(boolean copy) { this.copy = copy; }

    /** True when the type derives Debug. */
    public boolean isDebug() { return debug; }
    public void setDebug(boolean debug) { this.debug = debug; }

    /** True when the type derives PartialEq: {@code ==} compares the fields in order. */
    public boolean isPartialEq() { return partialEq; }
    public void setPartialEq(boolean partialEq) { this.partialEq = partialEq; }

    /** True when the type derives PartialOrd: {@code <} compares lexicographically (an enum's variants first). */
    public boolean isPartialOrd() { return partialOrd; }
    public void setPartialOrd(boolean partialOrd) { this.partialOrd = partialOrd; }

    /** True when the type derives Eq (its equality is total: no float inside). */
    public boolean isEq() { return eq; }
    public void setEq(boolean eq) { this.eq = eq; }

    /** True when the type derives Ord. */
    public boolean isOrd() { return ord; }
    public void setOrd(boolean ord) { this.ord = ord; }

    /** True when the type derives Clone (a field-by-field clone; for a Copy type, a copy). */
    public boolean derivesClone() { return derivesClone; }
    public void setDerivesClone(boolean derivesClone) { this.derivesClone = derivesClone; }

    /** True when the type derives Default (every field its default). */
    public boolean derivesDefault() { return derivesDefault; }
    public void setDerivesDefault(boolean derivesDefault) { this.derivesDefault = derivesDefault; }

    /** The user's {@code Default::default} for this type, or null. */
    public FnSig defaultFn() { return defaultFn; }
    public void setDefaultFn(FnSig defaultFn) { this.defaultFn = defaultFn; }

    /** The user's {@code Drop::drop} for this type, or null when it has no Drop impl. */
    public FnSig dropFn() { return dropFn; }
    public void setDropFn(FnSig dropFn) { this.dropFn = dropFn; }

    /** The user's {@code Clone::clone} for this type, or null. */
    public FnSig cloneFn() { return cloneFn; }
    public void setCloneFn(FnSig cloneFn) { this.cloneFn = cloneFn; }
}
