package cn.eduapp.registry.national;

/** Where a mirrored app runs ({@code type}: ANDROID, IOS, HARMONYOS, MINI_PROGRAM, H5) and its identifier there. */
public record NationalPlatform(String type, String identifier) {
}
