/** Hand-written Java twin of fib.rs: the same recursive fib(35), printing the same line. */
public final class Fib {
    static long fib(long n) {
        return n < 2 ? n : fib(n - 1) + fib(n - 2);
    }

    public static void main(String[] args) {
        long n = 35;
        System.out.println("fib(" + n + ") = " + fib(n));
    }
}
