namespace KpoSdk.Benchmarks.Tests.Smoke;

/// <summary>A step of a smoke run threw: the message names the class, its parameters and the step; the inner exception is what the benchmark threw.</summary>
internal sealed class SmokeRunException(string message, Exception inner) : Exception(message, inner);
