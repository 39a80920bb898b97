#!/usr/bin/env python3
"""Run sql/coauthor_projection.sql on Apache Spark over the corpus's Parquet and compare the
result with DuckDB's (the same file through `npm run corpus -- query ... --csv`).

The SQL file is the same text on both engines: Spark binds its `:name` markers itself
(`spark.sql(text, args=...)`, Spark 3.4 or later); the TypeScript side renames them for DuckDB.

    python3 scripts/spark_projection.py --db corpus [--cap 25] [--from 2018] [--to 2024] [--venue ICLR]...
    spark-submit --master yarn scripts/spark_projection.py --db hdfs:///atlas/corpus --no-compare

Local mode needs Java (Debian's openjdk-17-jre-headless) and the PySpark package. Without
PySpark it says so and exits with status 3: it never reports a comparison it did not make.
"""
import argparse
import csv
import os
import shutil
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TABLES = ("papers", "authors", "authorships", "venues")


def fail(message: str, code: int) -> None:
    print(f"spark_projection: {message}", file=sys.stderr)
    sys.exit(code)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", default="corpus", help="the corpus folder (its parquet/ is read)")
    parser.add_argument("--cap", type=int, default=25)
    parser.add_argument("--from", dest="from_year", type=int, default=0)
    parser.add_argument("--to", dest="to_year", type=int, default=9999)
    parser.add_argument("--venue", action="append", default=[])
    parser.add_argument("--no-compare", action="store_true", help="run on Spark only (a cluster)")
    parser.add_argument("--master", default="local[2]")
    args = parser.parse_args()

    try:
        from pyspark.sql import SparkSession  # noqa: PLC0415 (the check is the point)
    except ImportError:
        fail(
            "PySpark is not installed, so nothing was run or compared. Install it with "
            "`pip install pyspark` (3.4 or later) and Java (`apt-get install openjdk-17-jre-headless`), "
            "then run this again.",
            3,
        )
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        fail("Java is not installed (apt-get install openjdk-17-jre-headless); nothing was run.", 3)

    parquet = os.path.join(args.db, "parquet")
    with open(os.path.join(REPO, "sql", "coauthor_projection.sql"), encoding="utf8") as f:
        sql = f.read()
    venues = "" if not args.venue else "|" + "|".join(args.venue) + "|"
    params = {"cap": args.cap, "from_year": args.from_year, "to_year": args.to_year, "venues": venues}

    spark = SparkSession.builder.master(args.master).appName("atlas-coauthor-projection").getOrCreate()
    spark.sparkContext.setLogLevel("WARN")
    for table in TABLES:
        spark.read.parquet(os.path.join(parquet, f"{table}.parquet")).createOrReplaceTempView(table)
    # Spark keeps "-- comments" fine; the query's own ORDER BY gives a stable order.
    rows = spark.sql(sql, args=params).collect()
    spark_pairs = {(int(r["source_id"]), int(r["target_id"])): int(r["weight"]) for r in rows}
    print(f"Spark {spark.version}: {len(spark_pairs):,} coauthor pairs, {sum(spark_pairs.values()):,} joint papers")
    spark.stop()
    if args.no_compare:
        return

    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "duckdb.csv")
        command = ["npx", "tsx", "src/corpus/cli.ts", "query", "--db", args.db, "coauthor_projection",
                   "--cap", str(args.cap), "--from", str(args.from_year), "--to", str(args.to_year),
                   "--csv", out]
        for v in args.venue:
            command += ["--venue", v]
        subprocess.run(command, cwd=REPO, check=True, stdout=subprocess.DEVNULL)
        with open(out, encoding="utf8", newline="") as f:
            duck_pairs = {(int(r["source_id"]), int(r["target_id"])): int(r["weight"]) for r in csv.DictReader(f)}
    print(f"DuckDB: {len(duck_pairs):,} coauthor pairs, {sum(duck_pairs.values()):,} joint papers")
    only_spark = spark_pairs.keys() - duck_pairs.keys()
    only_duck = duck_pairs.keys() - spark_pairs.keys()
    weights = [k for k in spark_pairs.keys() & duck_pairs.keys() if spark_pairs[k] != duck_pairs[k]]
    if only_spark or only_duck or weights:
        fail(f"results differ: {len(only_spark)} pairs only in Spark, {len(only_duck)} only in DuckDB, "
             f"{len(weights)} with other weights", 1)
    print("identical: same pairs, same weights")


if __name__ == "__main__":
    main()
