/** Hand-written Java twin of boxchurn.rs: a fresh Quad object per iteration, passed through two static methods. */
public final class BoxChurn {
    static final class Quad {
        long a;
        long b;
        long c;
        long d;

        Quad(long a, long b, long c, long d) {
            this.a = a;
            this.b = b;
            this.c = c;
            this.d = d;
        }
    }

    static Quad adjust(Quad q) {
        q.b = q.b + q.a % 3;
        q.d = q.d * 2;
        return q;
    }

    static long sum(Quad q) {
        return q.a + q.b + q.c + q.d;
    }

    public static void main(String[] args) {
        long n = 10_000_000;
        long checksum = 0;
        for (long i = 0; i < n; i++) {
            Quad quad = adjust(new Quad(i, i % 1000, 7, n - i));
            long s = sum(quad);
            checksum = (checksum * 31 + s + quad.b) % 1_000_000_007;
        }
        System.out.println("boxchurn(" + n + ") = " + checksum);
    }
}
