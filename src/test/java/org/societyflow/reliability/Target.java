package org.societyflow.reliability;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What bad bodies are sent at when an accepted one changes it for good (a task moved, a proposal dismissed): a fresh
 * one is made after each attempt that changed the current one, so every attempt meets the same state.
 */
final class Target<T> {

    private final Supplier<T> make;
    private final Function<T, Object> state;
    private T current;
    private Object pristine;

    Target(Supplier<T> make, Function<T, Object> state) {
        this.make = make;
        this.state = state;
        renew();
    }

    T current() {
        return current;
    }

    /** What an attempt must leave as it was when refused. */
    Object state() {
        return state.apply(current);
    }

    /** For {@link BadJson#fuzz}'s restore. */
    void restore() {
        if (!Objects.equals(state(), pristine)) {
            renew();
        }
    }

    private void renew() {
        current = make.get();
        pristine = state();
    }
}
