"""Builds the timeline of a JSON Lines corpus on Spark: every partition is piped through
`chronicle stream`, and `chronicle merge` joins the parts afterwards.

    spark-submit spark_timeline.py CHRONICLE CORPUS.jsonl PARTS_DIR
    chronicle merge PARTS_DIR/part-* > timeline.json

CHRONICLE is the path of the `chronicle` binary on every worker (build it with
`swift build -c release --static-swift-stdlib` to ship one file that needs no Swift runtime).
"""
import sys

from pyspark.sql import SparkSession

chronicle, corpus, parts = sys.argv[1:4]
spark = SparkSession.builder.appName("chronicle").getOrCreate()
lines = spark.sparkContext.textFile(corpus, minPartitions=8)
# one process per partition, one core each: Spark supplies the parallelism
lines.pipe(f"{chronicle} stream --jobs 1").saveAsTextFile(parts)
spark.stop()
