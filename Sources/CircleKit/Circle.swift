/// Facts about this build of Circle.
public enum Circle {
    public static let version = "0.1.0"
}
