using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Enigma.Benchmarks.BeamParsing).Assembly).Run(args);
