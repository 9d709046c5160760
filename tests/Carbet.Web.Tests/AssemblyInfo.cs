[assembly: AssemblyFixture(typeof(Carbet.Serving.Tests.TrainedStore))]
[assembly: AssemblyFixture(typeof(Carbet.Web.Tests.Chromium))]
