package org.jrustc.mir;

import java.util.ArrayList;
import java.util.List;
import org.jrustc.types.EnumDef;
import org.jrustc.types.StructDef;
import org.jrustc.types.Ty;

/**
 * A memory location: a local, then projections ({@code (*_3).1}). {@code type} is the type of the
 * whole place after all projections.
 */
public record Place(int local, List<Projection> projections, Ty type) {

    public sealed interface Projection {}

    /** {@code *p}: follow the pointer (reference or Box) stored at the place so far. */
    public record Deref() implements Projection {}

    /** Field {@code index} of a struct ({@code def}) or tuple ({@code def} null). */
    public record Field(int index, StructDef def, Tuple tuple) implements Projection {}

    /**
     * {@code [i]}: the element of the array at the place so far whose number is held in local
     * {@code index} (a usize the MIR builder has checked against the length).
     */
    public record Index(int index) implements Projection {}

    /**
     * The payload of variant {@code variant} of the enum at the place so far: the cells after its tag,
     * seen as the variant's fields. Only valid where that variant is the active one.
     */
    public record Downcast(int variant, EnumDef def) implements Projection {}

    /** The tuple type whose element a {@link Field} projection selects. */
    public record Tuple(List<Ty> elements) {}

    public static Place local(int local, Ty type) { return new Place(local, List.of(), type); }

    public Place deref(Ty target) { return with(new Deref(), target); }

    public Place field(StructDef def, int index) {
        return with(new Field(index, def, null), def.fields().get(index).type());
    }

    public Place tupleField(List<Ty> elements, int index) {
        return with(new Field(index, null, new Tuple(elements)), elements.get(index));
    }

    /** The payload of variant {@code variant} of this enum place. */
    public Place downcast(int variant) {
        EnumDef def = ((Ty.Enum) type).def();
        return with(new Downcast(variant, def), new Ty.Adt(def.variants().get(variant)));
    }

    /** Element number {@code local} of this array place. */
    public Place index(int local) {
        return with(new Index(local), ((Ty.Array) type).element());
    }

    private Place with(Projection p, Ty t) {
        List<Projection> ps = new ArrayList<>(projections);
        ps.add(p);
        return new Place(local, List.copyOf(ps), t);
    }

    public boolean isLocal() { return projections.isEmpty(); }

    public boolean hasDeref() { return projections.stream().anyMatch(p -> p instanceof Deref); }
}
