// Run by the invoker after each consumer build: what each example printed (target/NAME.txt), as
// ExamplesTest in cape-rules-examples expects it on the shipped sample as of 2026-07-13 (keep the
// two in step: a change of the sample or of a verdict changes both).
def expected = [
    'ScreeningRunExample'   : ['276 entries, 143 ELIGIBLE, 2 at risk',
                               '50 expected payments, principal 1790733.74',
                               'cape-declaration-061234-12345-001.csv: 18 entries'],
    'ScreenFileExample'     : ['1200 rows read: 1196 used, 4 rejected; 4 problems',
                               'WAREHOUSE_21_22_EXCLUDED as of 2026-07-13: ELIGIBLE='],
    'StreamingScreenExample': ['1200 rows read: 1196 used, 4 rejected; 4 problems; 276 values handed on',
                               'screening-report.csv: 276 entries'],
]
expected.each { name, starts ->
    File output = new File(basedir, "target/${name}.txt")
    assert output.isFile() : "${name} printed nothing (${output} missing)"
    List<String> lines = output.readLines('UTF-8')
    starts.each { start ->
        assert lines.any { it.startsWith(start) } : "${name}: no line starting '${start}' in ${lines}"
    }
}
return true
