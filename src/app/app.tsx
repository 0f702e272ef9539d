/** The whole page; the panels arrive with the builder-page issue. */
export function App() {
  return (
    <main>
      <h1>OSS PostObject Builder</h1>
      <p>Build, sign, check and test Alibaba Cloud OSS PostObject uploads.</p>
    </main>
  );
}
