package org.jrustc.runtime.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jrustc.runtime.Machine;
import org.jrustc.runtime.trace.TraceTable.BlockLayout;
import org.jrustc.runtime.trace.TraceTable.CellLayout;
import org.jrustc.runtime.trace.TraceTable.FunctionLayout;

/**
 * Follows a traced program's memory and hands a {@link Snapshot} to its sink at each call and return
 * (docs/TRACE.md). Generated code reports, through the {@link Machine}'s {@code trace…} methods,
 * which function each frame belongs to, which frame cells hold a value (written, or moved out and
 * dropped), and the layout of each heap block it allocates; the values themselves are read from the
 * machine when a snapshot is taken.
 *
 * <p>Frees need no report: a block that is no longer live in the machine's heap is forgotten when the
 * next snapshot is taken, and a block allocated at an address forgets whatever was recorded there.
 */
public final class Tracer {
    private final Machine machine;
    private final TraceTable table;
    private final Consumer<Snapshot> sink;

    /** A frame on the machine's stack: the function it belongs to and its first address. */
    private record LiveFrame(int function, int base) {}

    /** The live frames, oldest first. */
    private final List<LiveFrame> frames = new ArrayList<>();
    /** Which stack cells hold a value, by address. */
    private final boolean[] initialised;
    /** The cells of live heap blocks that hold no value (moved out); every other one does. */
    private final Set<Long> emptyHeapCells = new HashSet<>();
    /** Each heap block allocated and maybe still live: its address → its layout. */
    private final TreeMap<Long, Integer> blocks = new TreeMap<>();
    /** The function whose frame was popped last, for the caption after a return. */
    private String returnedFrom;
    private Snapshot previous;
    /** The largest block layout: how far below an address an older block may still reach over it. */
    private final int maxBlockSize;

    public Tracer(Machine machine, TraceTable table, Consumer<Snapshot> sink) {
        this.machine = machine;
        this.table = table;
        this.sink = sink;
        this.initialised = new boolean[machine.stack.length];
        this.maxBlockSize = table.blocks().stream().mapToInt(BlockLayout::size).max().orElse(1);
    }

    // ---- what generated code reports ----

    /** A frame of {@code function} was pushed at {@code base} and its parameters stored. */
    public void enter(int function, int base) {
        FunctionLayout f = table.functions().get(function);
        frames.add(new LiveFrame(function, base));
        Arrays.fill(initialised, base, base + f.frameSize(), false);
        Arrays.fill(initialised, base, base + f.paramCells(), true);
    }

    /** The newest frame is being popped on a normal return. */
    public void leave() {
        returnedFrom = nameOf(frames.remove(frames.size() - 1));
    }

    /** The newest frame is being popped by a panic; its drops have run. */
    public void unwind() {
        String from = nameOf(frames.remove(frames.size() - 1));
        if (!frames.isEmpty()) snapshot("unwind", "panic unwinds from " + from + "() into " + current() + "()");
    }

    /** {@code cells} stack cells from {@code address} now hold a value ({@code true}) or none. */
    public void setInitialised(int address, int cells, boolean value) {
        Arrays.fill(initialised, address, address + cells, value);
    }

    /** Like {@link #setInitialised}, for cells anywhere: on the stack or in a heap block. */
    public void setInitialisedAt(long address, int cells, boolean value) {
        if (address >= 0 && address + cells <= initialised.length) {
            setInitialised((int) address, cells, value);
            return;
        }
        for (long a = address; a < address + cells; a++) {
            if (value) emptyHeapCells.remove(a); else emptyHeapCells.add(a);
        }
    }

    /**
     * A value of {@code cells} cells was copied from {@code from} to {@code to}: each copied cell
     * holds a value exactly when its source did (the unused cells of an enum stay without one).
     */
    public void copyInitialised(long from, long to, int cells) {
        for (int i = 0; i < cells; i++) setInitialisedAt(to + i, 1, isInitialised(from + i));
    }

    private boolean isInitialised(long address) {
        if (address >= 0 && address < initialised.length) return initialised[(int) address];
        return !emptyHeapCells.contains(address);
    }

    /** A heap block of layout {@code layout} was allocated at {@code address}. */
    public void allocated(long address, int layout) {
        int size = table.blocks().get(layout).size();
        if (size == 0) return;
        blocks.subMap(address - maxBlockSize + 1, true, address + size - 1, true)
                .entrySet().removeIf(e -> e.getKey() + table.blocks().get(e.getValue()).size() > address);
        blocks.put(address, layout);
        for (long a = address; a < address + size; a++) emptyHeapCells.remove(a);
    }

    /** The current function is about to call {@code callee} (its arguments are evaluated). */
    public void call(int callee) {
        snapshot("call", current() + "() calls " + table.functions().get(callee).name() + "()");
    }

    /** The current function has its result and is about to drop its locals and return. */
    public void returning() {
        snapshot("returning", current() + "() is about to return");
    }

    /** Back in the current function after a call: the callee's frame is gone, its result stored. */
    public void returned() {
        snapshot("returned", returnedFrom + "() returns to " + current() + "()");
    }

    /** A panic starts in the current function. */
    public void panicked() {
        if (!frames.isEmpty()) snapshot("panic", current() + "() panics");
    }

    // ---- snapshots ----

    private void snapshot(String event, String caption) {
        Snapshot now = take(event, caption);
        if (!now.sameRows(previous)) sink.accept(now);
        previous = now;
    }

    private Snapshot take(String event, String caption) {
        List<Snapshot.Frame> stack = new ArrayList<>();
        for (LiveFrame frame : frames) stack.add(frameView(frame));
        return new Snapshot(event, caption, machine.memorySize(), machine.stack.length, List.copyOf(stack),
                heapView(stack));
    }

    private Snapshot.Frame frameView(LiveFrame frame) {
        FunctionLayout f = table.functions().get(frame.function());
        List<Snapshot.Cell> cells = new ArrayList<>();
        for (CellLayout c : f.cells()) {
            int address = frame.base() + c.offset();
            cells.add(cell(address, c, initialised[address], machine.stack[address]));
        }
        return new Snapshot.Frame(f.name(), frame.base(), List.copyOf(cells));
    }

    /** The live blocks, highest first, each with the Box cell (in a frame or a block) that owns it. */
    private List<Snapshot.Block> heapView(List<Snapshot.Frame> stack) {
        blocks.keySet().removeIf(address -> !machine.isLiveHeapCell(address));
        Map<Long, Snapshot.Cell> owners = new HashMap<>();
        for (Snapshot.Frame f : stack) for (Snapshot.Cell c : f.cells()) noteOwner(owners, c);
        Map<Long, List<Snapshot.Cell>> contents = new TreeMap<>();
        for (Map.Entry<Long, Integer> block : blocks.entrySet()) {
            List<Snapshot.Cell> cells = new ArrayList<>();
            for (CellLayout c : table.blocks().get(block.getValue()).cells()) {
                long address = block.getKey() + c.offset();
                cells.add(cell(address, c, !emptyHeapCells.contains(address), machine.load(address)));
            }
            cells.forEach(cell -> noteOwner(owners, cell));
            contents.put(block.getKey(), List.copyOf(cells));
        }
        List<Snapshot.Block> heap = new ArrayList<>();
        for (Map.Entry<Long, Integer> block : blocks.descendingMap().entrySet()) {
            BlockLayout layout = table.blocks().get(block.getValue());
            heap.add(new Snapshot.Block(block.getKey(), layout.size(), layout.type(), owners.get(block.getKey()),
                    contents.get(block.getKey())));
        }
        return List.copyOf(heap);
    }

    /** A cell that holds no value has no contents either: its stale bits must not tell two snapshots apart. */
    private static Snapshot.Cell cell(long address, CellLayout layout, boolean initialised, long bits) {
        return new Snapshot.Cell(address, layout.name(), layout.type(), layout.kind(), initialised, initialised ? bits : 0);
    }

    private static void noteOwner(Map<Long, Snapshot.Cell> owners, Snapshot.Cell cell) {
        if (cell.kind() == CellKind.BOX && cell.initialised()) owners.putIfAbsent(cell.bits(), cell);
    }

    private String current() { return nameOf(frames.get(frames.size() - 1)); }

    private String nameOf(LiveFrame frame) { return table.functions().get(frame.function()).name(); }
}
