package org.societyflow.inspection;

import java.util.ArrayList;
import java.util.List;

/** Stands in for the bean {@code applicationNumbers}: PREFIX-YEAR-NNNN, counting from 1. */
public class FakeApplicationNumbers {

  public final List<String> issued = new ArrayList<>();

  public String next(String prefix, Integer year) {
    String number = String.format("%s-%d-%04d", prefix, year, issued.size() + 1);
    issued.add(number);
    return number;
  }
}
