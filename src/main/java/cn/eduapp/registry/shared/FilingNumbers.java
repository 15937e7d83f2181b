package cn.eduapp.registry.shared;

import java.util.regex.Pattern;

/** 教APP备 + region digits + 5-digit sequence + 号, e.g. 教APP备1100871号. */
public final class FilingNumbers {

    public static final Pattern PATTERN = Pattern.compile("^教APP备\\d{2}\\d{5}号$");
    public static final String BEIJING = "11";

    private FilingNumbers() {
    }

    public static String format(String region, int sequence) {
        if (sequence < 1 || sequence > 99_999) {
            throw new IllegalArgumentException("filing number sequence out of range: " + sequence);
        }
        return "教APP备" + region + String.format("%05d", sequence) + "号";
    }

    public static boolean isValid(String text) {
        return text != null && PATTERN.matcher(text).matches();
    }

    /** The sequence part of a valid number. */
    public static int sequence(String number) {
        return Integer.parseInt(number.substring(7, 12));
    }
}
