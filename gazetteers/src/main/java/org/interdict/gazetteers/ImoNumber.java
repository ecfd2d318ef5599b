package org.interdict.gazetteers;

/** IMO ship identification numbers: seven digits, the last a check digit over the first six. */
public final class ImoNumber {

    private ImoNumber() {
    }

    /**
     * Whether {@code number} is seven digits whose last digit is the check digit: the sum of the first six
     * digits weighted 7, 6, 5, 4, 3, 2, modulo 10.
     */
    public static boolean isValid(String number) {
        if (number == null || number.length() != 7) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            char c = number.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            if (i < 6) {
                sum += (c - '0') * (7 - i);
            }
        }
        return sum % 10 == number.charAt(6) - '0';
    }
}
