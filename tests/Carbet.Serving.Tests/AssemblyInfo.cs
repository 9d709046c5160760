[assembly: AssemblyFixture(typeof(Carbet.Serving.Tests.TrainedStore))]
