package cn.eduapp.registry.rules;

import java.util.List;

/**
 * What an inspection of the app's package found (issue 10): the real package name, the SDKs detected
 * in its code, whether it asks for the camera, and whether its strings speak of question search.
 */
public record PackageFacts(String packageName, List<DetectedSdk> sdks, boolean cameraPermission,
                           boolean questionSearchStrings) {

    /** {@code category} is one of API.md's SDK categories: ADVERTISING, GAME_ENGINE, PHOTO_SEARCH_OCR, … */
    public record DetectedSdk(String name, String category) {
    }

    public boolean has(String category) {
        return sdks.stream().anyMatch(s -> s.category().equals(category));
    }

    public String names(String category) {
        return String.join("、", sdks.stream().filter(s -> s.category().equals(category)).map(DetectedSdk::name).toList());
    }
}
