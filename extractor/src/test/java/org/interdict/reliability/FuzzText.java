package org.interdict.reliability;

import java.nio.charset.StandardCharsets;

/**
 * Turns fuzzer bytes into text. Most inputs are UTF-8; an input whose first byte is 0 is read as raw
 * UTF-16 code units instead, so that unpaired surrogates and other strings no decoder would produce reach
 * the code under test too.
 */
final class FuzzText {

    private FuzzText() {
    }

    static String of(byte[] data) {
        if (data.length == 0 || data[0] != 0) {
            return new String(data, StandardCharsets.UTF_8);
        }
        char[] chars = new char[(data.length - 1) / 2];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) (((data[1 + 2 * i] & 0xff) << 8) | (data[2 + 2 * i] & 0xff));
        }
        return new String(chars);
    }
}
