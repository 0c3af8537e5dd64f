package org.jrustc.runtime;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.jrustc.runtime.trace.Tracer;

/**
 * The abstract machine of one program run (docs/RUNTIME_ABI.md): one address space of 64-bit cells
 * with the stack growing up from address 0, the heap growing down from the top, and read-only static
 * data far above; plus the program's output streams and its panic state. Nothing here is static, so
 * several programs can run in one JVM at once, each on its own machine.
 *
 * <p>Generated code indexes {@link #stack} directly for its own frame and goes through
 * {@link #load}/{@link #store} for every pointer, which checks that the address holds a live cell.
 */
public final class Machine {
    /** The first address of static data (string literal bytes, one byte per cell). */
    public static final long STATIC_BASE = 1L << 40;
    public static final long DEFAULT_MEMORY_SIZE = 1L << 30;
    /** 8 MiB of 8-byte cells, like the main thread's stack under rustc. */
    public static final int DEFAULT_STACK_CELLS = 1 << 20;

    private static final String BACKTRACE_NOTE =
            "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n";
    /** Where rustc 1.95's std reports the abort after a panic during unwinding. */
    private static final String CLEANUP_PANIC_LOCATION =
            "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/panicking.rs:233:5";
    /** Rust's stdout is a LineWriter of this capacity: a longer unterminated line is written out. */
    private static final int LINE_BUFFER_CAPACITY = 1024;

    /** The stack cells; address a of the stack is {@code stack[a]}. */
    public final long[] stack;
    private int sp;
    /** How many frames are live. */
    private int depth;
    private final long memorySize;
    private final Heap heap;
    private final byte[] staticData;

    private final PrintStream out;
    private final PrintStream err;
    private byte[] outBuffer = new byte[LINE_BUFFER_CAPACITY];
    private int outLength;
    private final long threadId = ProcessHandle.current().pid();
    private boolean panicking;
    /** Set only for a program compiled with --trace, whose code reports to it. */
    private Tracer tracer;

    public Machine(byte[] staticData, PrintStream out, PrintStream err) {
        this(staticData, out, err, DEFAULT_MEMORY_SIZE);
    }

    /**
     * A machine with {@code memorySize} cells of address space (at most 2^31); the stack gets the
     * first min(2^20, memorySize / 2) of them, the heap the rest.
     */
    public Machine(byte[] staticData, PrintStream out, PrintStream err, long memorySize) {
        if (memorySize < 2 || memorySize > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("memory size must be in [2, 2^31): " + memorySize);
        }
        this.memorySize = memorySize;
        int stackCells = (int) Math.min(DEFAULT_STACK_CELLS, memorySize / 2);
        this.stack = new long[stackCells];
        this.heap = new Heap(memorySize, stackCells);
        this.staticData = staticData;
        this.out = out;
        this.err = err;
    }

    public long memorySize() { return memorySize; }

    /** The stack pointer: the first stack cell not in any frame. */
    public int stackPointer() { return sp; }

    // ---- frames ----

    /**
     * Pushes a frame of {@code frameSize} cells and returns its base address (the frame pointer).
     * Besides its cells, every live frame counts one more cell against the stack limit, as a real
     * frame costs at least a return address: so even recursion through frames of no cells ends in
     * Rust's stack overflow, long before the JVM's own stack runs out.
     */
    public int enter(int frameSize) {
        int fp = sp;
        int newSp = fp + frameSize;
        if (newSp > stack.length - depth - 1 || newSp < fp) throw stackOverflow();
        depth++;
        sp = newSp;
        return fp;
    }

    /** Pops the frame whose base is {@code fp} (called exactly once for each {@link #enter}). */
    public void leave(int fp) {
        sp = fp;
        depth--;
    }

    // ---- cells ----

    public long load(long addr) {
        if (addr >= 0 && addr < sp) return stack[(int) addr];
        if (heap.isLive(addr)) return heap.get(addr);
        if (addr >= STATIC_BASE && addr - STATIC_BASE < staticData.length) {
            return staticData[(int) (addr - STATIC_BASE)] & 0xFF;
        }
        throw badAccess("load from", addr);
    }

    public void store(long addr, long value) {
        if (addr >= 0 && addr < sp) {
            stack[(int) addr] = value;
        } else if (heap.isLive(addr)) {
            heap.set(addr, value);
        } else {
            throw badAccess("store to", addr);
        }
    }

    /** Copies {@code cells} cells from {@code src} to {@code dst}; the ranges may overlap. */
    public void copy(long src, long dst, int cells) {
        if (src >= 0 && dst >= 0 && src + cells <= sp && dst + cells <= sp) {
            System.arraycopy(stack, (int) src, stack, (int) dst, cells);
        } else if (dst > src) {
            for (int i = cells - 1; i >= 0; i--) store(dst + i, load(src + i));
        } else {
            for (int i = 0; i < cells; i++) store(dst + i, load(src + i));
        }
    }

    /** The bytes stored one per cell at [addr, addr + length) (string data). */
    public byte[] readBytes(long addr, long length) {
        if (addr >= STATIC_BASE && length >= 0 && addr - STATIC_BASE + length <= staticData.length) {
            int from = (int) (addr - STATIC_BASE);
            return java.util.Arrays.copyOfRange(staticData, from, from + (int) length);
        }
        byte[] bytes = new byte[Math.toIntExact(length)];
        for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) load(addr + i);
        return bytes;
    }

    // ---- heap: every allocation and every free of the program passes through these two ----

    /** Allocates a block of {@code cells} heap cells and returns its lowest address. */
    public long alloc(int cells) {
        if (cells == 0) return memorySize;
        long addr = heap.allocate(cells);
        if (addr < 0) {
            writeErr("memory allocation of " + (cells * 8L) + " bytes failed\n");
            throw new Abort("heap exhausted");
        }
        return addr;
    }

    /** Frees the block of {@code cells} cells at {@code addr} that {@link #alloc} returned. */
    public void free(long addr, int cells) {
        if (cells == 0) return;
        if (!heap.release(addr, cells)) {
            throw new MachineFault("free of " + cells + " cell(s) at " + describe(addr)
                    + ", which is not a live heap block");
        }
    }

    /** True when {@code addr} is a cell of a live heap block. */
    public boolean isLiveHeapCell(long addr) { return heap.isLive(addr); }

    // ---- the trace: called only by code compiled with --trace (docs/TRACE.md) ----

    public void attachTracer(Tracer tracer) { this.tracer = tracer; }

    /** After the prologue of function number {@code function}, whose frame is at {@code fp}. */
    public void traceEnter(int function, int fp) { tracer().enter(function, fp); }

    /** Just before a call of function number {@code callee}. */
    public void traceCall(int callee) { tracer().call(callee); }

    /** The function has its result; its locals are about to be dropped. */
    public void traceReturning() { tracer().returning(); }

    /** Just before {@link #leave} on a normal return. */
    public void traceLeave() { tracer().leave(); }

    /** Just before {@link #leave} when a panic unwinds out of the function. */
    public void traceUnwind() { tracer().unwind(); }

    /** In the caller, once a call has returned and its result is stored. */
    public void traceReturned() { tracer().returned(); }

    /** The frame cells [addr, addr + cells) now hold a value. */
    public void traceInit(int addr, int cells) { tracer().setInitialised(addr, cells, true); }

    /** The frame cells [addr, addr + cells) no longer hold a value (moved out or dropped). */
    public void traceUninit(int addr, int cells) { tracer().setInitialised(addr, cells, false); }

    /** The cells [addr, addr + cells), on the stack or the heap, now hold a value. */
    public void traceInitAt(long addr, int cells) { tracer().setInitialisedAt(addr, cells, true); }

    /** The cells [addr, addr + cells), on the stack or the heap, no longer hold a value. */
    public void traceUninitAt(long addr, int cells) { tracer().setInitialisedAt(addr, cells, false); }

    /** A value was copied from {@code from} to {@code to}: its cells there hold values where they did here. */
    public void traceCopyInit(long from, long to, int cells) { tracer().copyInitialised(from, to, cells); }

    /** {@link #alloc}, telling the tracer the block holds a value of block layout {@code layout}. */
    public long allocTraced(int cells, int layout) {
        long addr = alloc(cells);
        if (cells > 0) tracer().allocated(addr, layout);
        return addr;
    }

    private Tracer tracer() {
        if (tracer == null) throw new MachineFault("code compiled with --trace runs on a machine without a tracer");
        return tracer;
    }

    // ---- output ----

    /** Writes text to stdout (line-buffered, like Rust's) or stderr (unbuffered). */
    public void print(boolean toErr, String text) {
        if (toErr) {
            writeErr(text);
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (outLength + bytes.length > outBuffer.length) {
            outBuffer = java.util.Arrays.copyOf(outBuffer, Math.max(outBuffer.length * 2, outLength + bytes.length));
        }
        System.arraycopy(bytes, 0, outBuffer, outLength, bytes.length);
        outLength += bytes.length;
        int lastNewline = outLength - 1;
        while (lastNewline >= outLength - bytes.length && outBuffer[lastNewline] != '\n') lastNewline--;
        if (lastNewline >= outLength - bytes.length) {
            writeOut(lastNewline + 1);
        } else if (outLength > LINE_BUFFER_CAPACITY) {
            writeOut(outLength);
        }
    }

    /** Writes what stdout still buffers (at a normal exit or after a panic, not after an abort). */
    public void flushOut() { writeOut(outLength); }

    private void writeOut(int length) {
        out.write(outBuffer, 0, length);
        out.flush();
        System.arraycopy(outBuffer, length, outBuffer, 0, outLength - length);
        outLength -= length;
    }

    private void writeErr(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        err.write(bytes, 0, bytes.length);
        err.flush();
    }

    // ---- panics and aborts ----

    /**
     * Prints a panic's message as std's default hook does and returns the {@link Panic} for the
     * caller to throw. A panic raised while another unwinds (in a destructor during cleanup) aborts
     * instead, as in Rust.
     */
    /** The exit status when main returns normally: 0, or 1 after a `main` returned an error. */
    private int exitStatus;

    public void setExitStatus(int status) { exitStatus = status; }

    public int exitStatus() { return exitStatus; }

    /** Where the current {@code #[track_caller]} function was called from ({@code file.rs:L:C}). */
    private String callerLocation = "<unknown>";

    public void setCallerLocation(String location) { callerLocation = location; }

    public String callerLocation() { return callerLocation; }

    public Panic panic(String location, String message) {
        String header = "\nthread 'main' (" + threadId + ") panicked at " + location + ":\n" + message + "\n";
        if (panicking) {
            // A second panic unwinds too, until it leaves the cleanup code it started in: then the
            // program aborts (cleanupPanicked), as Rust's cleanup landing pads do.
            writeErr(header);
            return new Panic(message);
        }
        panicking = true;
        writeErr(header + BACKTRACE_NOTE);
        if (tracer != null) tracer.panicked();
        return new Panic(message);
    }

    /**
     * A panic left cleanup code (a landing pad, in Rust: code that runs while another panic
     * unwinds, or the rest of a drop after one part of it panicked): prints Rust's abort message and
     * returns the {@link Abort} to throw.
     */
    public Abort cleanupPanicked() {
        writeErr("\nthread 'main' (" + threadId + ") panicked at " + CLEANUP_PANIC_LOCATION
                + ":\npanic in a destructor during cleanup\nthread caused non-unwinding panic. aborting.\n");
        return new Abort("panic in a destructor during cleanup");
    }

    /** Prints rustc's stack overflow message and returns the {@link Abort} to throw. */
    public Abort stackOverflow() {
        writeErr("\nthread 'main' (" + threadId + ") has overflowed its stack\n"
                + "fatal runtime error: stack overflow, aborting\n");
        return new Abort("stack overflow");
    }

    /** For MIR {@code Unreachable}: control reached code the compiler proved unreachable. */
    public MachineFault unreachable(String where) {
        return new MachineFault("entered unreachable code in " + where);
    }

    private MachineFault badAccess(String what, long addr) {
        return new MachineFault(what + " address " + describe(addr)
                + ", which is neither a live stack cell, a live heap cell nor static data (stack pointer "
                + sp + ", heap frontier " + describe(heap.frontier()) + ")");
    }

    /** An address as the chapter writes it: heap addresses as {@code (2^30) - k}. */
    public String describe(long addr) {
        if (addr > sp && addr <= memorySize && Long.bitCount(memorySize) == 1) {
            return addr + " = (2^" + Long.numberOfTrailingZeros(memorySize) + ") - " + (memorySize - addr);
        }
        return Long.toString(addr);
    }
}
