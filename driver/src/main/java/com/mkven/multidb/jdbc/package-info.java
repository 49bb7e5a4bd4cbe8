package com.mkven.multidb.jdbc;
